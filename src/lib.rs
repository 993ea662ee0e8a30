//! svcreview: a client's YAML (CSFs, KPIs, SLAs, period data) in, service reviews out.
//! The pipeline is load ([`model`], [`workspace`]) → evaluate ([`evaluate`], producing
//! one [`review::Review`]) → present ([`charts`], [`render`], JSON).

// `Problem` carries file, position, field, message and hint; it travels only on the error
// path, where its size does not matter.
#![allow(clippy::result_large_err)]

pub mod batch;
pub mod calendar;
pub mod charts;
pub mod compare;
pub mod email;
pub mod error;
pub mod evaluate;
pub mod history;
pub mod init;
pub mod model;
pub mod period;
pub mod pipeline;
pub mod portfolio;
pub mod present;
pub mod render;
pub mod review;
pub mod terminal;
pub mod text;
pub mod tickets;
pub mod watch;
pub mod workspace;
