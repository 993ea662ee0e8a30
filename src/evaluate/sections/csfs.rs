//! The CSF section: each critical success factor with the KPIs and SLAs that measure
//! it, and its status: the worst among those with data.

use crate::model::ClientDef;
use crate::review::{CsfResult, CsfSla, KpiResult, SlaResult, Status};

/// Every CSF, in the order of `client.yaml`.
pub fn build(def: &ClientDef, kpis: &[KpiResult], slas: &[SlaResult]) -> Vec<CsfResult> {
    def.csfs
        .iter()
        .map(|c| {
            let ks: Vec<KpiResult> = c
                .kpis
                .iter()
                .filter_map(|id| kpis.iter().find(|k| &k.id == id).cloned())
                .collect();
            let ss: Vec<CsfSla> = c
                .slas
                .iter()
                .filter_map(|id| slas.iter().find(|s| &s.id == id))
                .map(|s| CsfSla {
                    id: s.id.clone(),
                    name: s.name.clone(),
                    status: match s.met {
                        Some(true) => Status::Green,
                        Some(false) => Status::Red,
                        None => Status::NoData,
                    },
                    attainment_text: s.attainment_text.clone(),
                    goal_text: s.goal_text.clone(),
                })
                .collect();
            let status = ks
                .iter()
                .map(|k| k.status)
                .chain(ss.iter().map(|s| s.status))
                .filter(|s| *s != Status::NoData)
                .max()
                .unwrap_or(Status::NoData);
            CsfResult {
                id: c.id.clone(),
                name: c.name.clone(),
                description: c.description.clone(),
                status,
                kpis: ks,
                slas: c.slas.clone(),
                sla_results: ss,
            }
        })
        .collect()
}
