//! Review e-mails: a MIME message per client (plain text and HTML bodies from tera
//! templates, the PDF attached) written as `.eml`, and delivery over SMTP with
//! credentials from the environment.

use std::path::Path;
use std::time::{Duration, UNIX_EPOCH};

use lettre::Message;
use lettre::message::header::ContentType;
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};

use crate::error::Error;
use crate::model::Contact;
use crate::review::Review;
use crate::text::{Arg, Locale};

const TXT: &str = include_str!("../../report-templates/email/body.txt.tera");
const HTML: &str = include_str!("../../report-templates/email/body.html.tera");

/// The contacts who receive a review of this kind.
pub fn recipients<'a>(contacts: &'a [Contact], kind: &str) -> Vec<&'a Contact> {
    contacts
        .iter()
        .filter(|c| c.reviews.is_empty() || c.reviews.iter().any(|r| r == kind))
        .collect()
}

fn template(templates: Option<&Path>, name: &str, default: &str) -> Result<String, Error> {
    match templates
        .map(|d| d.join("email").join(name))
        .filter(|p| p.is_file())
    {
        Some(p) => std::fs::read_to_string(&p).map_err(|e| Error::io(&p, e)),
        None => Ok(default.to_string()),
    }
}

/// `X-Unsent: 1`: a draft that a mail client (Outlook, Thunderbird, Apple Mail) opens
/// ready to check and send.
#[derive(Clone)]
struct XUnsent;

impl lettre::message::header::Header for XUnsent {
    fn name() -> lettre::message::header::HeaderName {
        lettre::message::header::HeaderName::new_from_ascii_str("X-Unsent")
    }
    fn parse(_: &str) -> Result<Self, Box<dyn std::error::Error + Send + Sync>> {
        Ok(XUnsent)
    }
    fn display(&self) -> lettre::message::header::HeaderValue {
        lettre::message::header::HeaderValue::new(Self::name(), "1".into())
    }
}

/// The name of the attached PDF as the client sees it: the client, the document and the
/// period (`Alder & Finch Logistics Inc. - Monthly service review - October 2026.pdf`),
/// without the characters a file system refuses.
pub fn attachment_name(review: &Review, loc: &Locale) -> String {
    let title = match review.kind {
        crate::review::Kind::Monthly => "monthly_title",
        crate::review::Kind::Qbr => "qbr_title",
        crate::review::Kind::Annual => "annual_title",
    };
    let name = format!(
        "{} - {} - {}",
        review.client.name,
        loc.label(title),
        review.period.label
    );
    let clean: String = name
        .chars()
        .map(|c| {
            if "/\\:*?\"<>|".contains(c) || c.is_control() {
                '-'
            } else {
                c
            }
        })
        .collect();
    format!("{clean}.pdf")
}

/// Builds the message; `None` when nobody receives this kind of review. `sending`: the
/// time of a run that sends it (a fresh `Date` and a `Message-ID` of its own); without,
/// an unsent draft (`X-Unsent: 1`) dated the review's issue date, the same bytes for the
/// same review.
#[allow(clippy::too_many_arguments)]
pub fn message(
    review: &Review,
    from: &str,
    contacts: &[Contact],
    kind: &str,
    pdf: &[u8],
    loc: &Locale,
    templates: Option<&Path>,
    sending: Option<std::time::SystemTime>,
) -> Result<Option<Message>, Error> {
    let pdf_name = attachment_name(review, loc);
    let to = recipients(contacts, kind);
    if to.is_empty() {
        return Ok(None);
    }
    let (text, html) = bodies(review, kind, &to, loc, templates)?;
    let bad = |what: &str, v: &str, e: String| {
        Error::Usage(format!("{what} `{v}` is not an e-mail address: {e}"))
    };
    let mut b = Message::builder()
        .from(
            from.parse::<Mailbox>()
                .map_err(|e| bad("provider.email_from", from, e.to_string()))?,
        )
        .subject(loc.say(
            "email-subject",
            &[
                ("client", (&review.client.name).into()),
                ("document", kind.into()),
                ("period", (&review.period.label).into()),
            ],
        ))
        .date(sending.unwrap_or(UNIX_EPOCH + Duration::from_secs(date_secs(review))))
        .message_id(Some(message_id(review, kind, sending)));
    if sending.is_none() {
        b = b.header(XUnsent);
    }
    for c in &to {
        // Built from its parts, not parsed from "name <address>": a name such as
        // `Delgado, Maria` or `Maria Delgado (CIO)` is quoted as it must be.
        let address = c
            .email
            .parse::<lettre::Address>()
            .map_err(|e| bad("contact", &c.email, e.to_string()))?;
        b = b.to(Mailbox::new(Some(c.name.clone()), address));
    }
    let body = MultiPart::mixed()
        .multipart(
            MultiPart::alternative()
                .singlepart(SinglePart::plain(text))
                .singlepart(SinglePart::html(html)),
        )
        .singlepart(Attachment::new(pdf_name).body(
            pdf.to_vec(),
            ContentType::parse("application/pdf").expect("valid"),
        ));
    let m = b
        .multipart(body)
        .map_err(|e| Error::Usage(format!("cannot build the e-mail: {e}")))?;
    Ok(Some(m))
}

/// The message's text and HTML bodies from the templates (the user's, or the embedded
/// ones), addressed to `to` by name.
fn bodies(
    review: &Review,
    kind: &str,
    to: &[&Contact],
    loc: &Locale,
    templates: Option<&Path>,
) -> Result<(String, String), Error> {
    let first: Vec<String> = to
        .iter()
        .map(|c| {
            c.name
                .split_whitespace()
                .next()
                .unwrap_or(&c.name)
                .to_string()
        })
        .collect();
    let full: Vec<String> = to.iter().map(|c| c.name.clone()).collect();
    let mut ctx = tera::Context::new();
    ctx.insert("review", review);
    ctx.insert("labels", &loc.labels);
    ctx.insert("lang", &loc.lang);
    ctx.insert("t", &words(review, kind, (&full, &first), loc));
    let render = |name: &str, default: &str, escape: bool| -> Result<String, Error> {
        let tpl = template(templates, name, default)?;
        tera::Tera::one_off(&tpl, &ctx, escape)
            .map_err(|e| Error::Template(format!("email/{name}: {e:?}")))
    };
    let text = render("body.txt.tera", TXT, false)?;
    let html = render("body.html.tera", HTML, true)?;
    Ok((text, html))
}

/// The e-mail's sentences in the locale, for the body templates (`t.greeting`, ...).
/// `names`: the recipients' full names and first names.
fn words(
    review: &Review,
    kind: &str,
    names: (&[String], &[String]),
    loc: &Locale,
) -> serde_json::Value {
    let period = || Arg::from(&review.period.label);
    let sla_lines: Vec<String> = review
        .slas
        .iter()
        .map(|s| {
            let key = if s.met == Some(false) {
                "email-sla-missed"
            } else {
                "email-sla"
            };
            loc.say(
                key,
                &[
                    ("name", (&s.name).into()),
                    ("attainment", (&s.attainment_text).into()),
                    ("goal", (&s.goal_text).into()),
                ],
            )
        })
        .collect();
    let a = &review.actions;
    let action = |key: &str, x: &crate::review::ActionView| {
        let mut args = vec![("id", Arg::from(&x.id)), ("title", Arg::from(&x.title))];
        if let Some(d) = &x.due_text {
            args.push(("due", d.into()));
        }
        loc.say(key, &args)
    };
    let action_lines: Vec<String> = a
        .overdue
        .iter()
        .map(|x| action("email-action-overdue", x))
        .chain(a.new.iter().map(|x| {
            let key = if x.due_text.is_some() {
                "email-action-new-due"
            } else {
                "email-action-new"
            };
            action(key, x)
        }))
        .collect();
    serde_json::json!({
        "greeting": loc.say(
            "email-greeting",
            &[
                ("name", loc.and_list(names.0).into()),
                ("first_name", loc.and_list(names.1).into()),
            ],
        ),
        "attached": loc.say("email-attached", &[("document", kind.into()), ("period", period())]),
        "slas": loc.say("email-slas", &[]),
        "sla_lines": sla_lines,
        "actions": loc.say("email-actions", &[]),
        "action_lines": action_lines,
        "regards": loc.say("email-regards", &[]),
        // The SDM's words for the review: written for a QBR or annual review, else the
        // month's notes.
        "notes": review
            .narrative
            .as_ref()
            .and_then(|n| n.notes.clone())
            .or_else(|| review.notes.clone())
            .map(|n| n.trim().to_string()),
    })
}

/// A draft's id is the review's (the same draft twice is the same message); a message
/// sent has an id of its own, from the time it was sent.
fn message_id(review: &Review, kind: &str, sending: Option<std::time::SystemTime>) -> String {
    let base = format!(
        "{}.{}.{}",
        review.client.slug,
        kind,
        review.period.id.file_id()
    );
    match sending.and_then(|t| t.duration_since(UNIX_EPOCH).ok()) {
        Some(d) => format!("<{base}.{}.{}@svcreview>", d.as_nanos(), std::process::id()),
        None => format!("<{base}@svcreview>"),
    }
}

/// Noon of the issue date, for a draft's `Date`.
fn date_secs(review: &Review) -> u64 {
    let d = chrono::NaiveDate::parse_from_str(&review.period.issued, "%Y-%m-%d")
        .unwrap_or_else(|_| review.period.id.last().last_day());
    d.and_hms_opt(12, 0, 0)
        .expect("valid")
        .and_utc()
        .timestamp()
        .max(0) as u64
}

/// How to reach the SMTP server, from the environment: `SVCREVIEW_SMTP_HOST`,
/// `SVCREVIEW_SMTP_PORT`, `SVCREVIEW_SMTP_USER`, `SVCREVIEW_SMTP_PASSWORD`,
/// `SVCREVIEW_SMTP_SECURITY` (`tls`, `starttls` (default) or `none`, for a local relay).
#[derive(Debug, Clone)]
pub struct Smtp {
    host: String,
    port: Option<u16>,
    credentials: Option<(String, String)>,
    security: Security,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Security {
    Tls,
    StartTls,
    None,
}

impl Smtp {
    /// Reads the settings; a usage error names what is missing.
    pub fn from_env() -> Result<Smtp, Error> {
        let var = |k: &str| std::env::var(k).ok().filter(|v| !v.is_empty());
        let host = var("SVCREVIEW_SMTP_HOST")
            .ok_or_else(|| Error::Usage("--send needs SVCREVIEW_SMTP_HOST (and usually _USER and _PASSWORD) in the environment".into()))?;
        let port = match var("SVCREVIEW_SMTP_PORT") {
            Some(p) => Some(p.parse().map_err(|_| {
                Error::Usage(format!("SVCREVIEW_SMTP_PORT={p}: not a port number"))
            })?),
            None => None,
        };
        let security = match var("SVCREVIEW_SMTP_SECURITY").as_deref() {
            None | Some("starttls") => Security::StartTls,
            Some("tls") => Security::Tls,
            Some("none") => Security::None,
            Some(o) => {
                return Err(Error::Usage(format!(
                    "SVCREVIEW_SMTP_SECURITY={o}: use tls, starttls or none"
                )));
            }
        };
        let credentials = match (var("SVCREVIEW_SMTP_USER"), var("SVCREVIEW_SMTP_PASSWORD")) {
            (Some(u), Some(p)) => Some((u, p)),
            (None, None) => None,
            _ => {
                return Err(Error::Usage(
                    "set both SVCREVIEW_SMTP_USER and SVCREVIEW_SMTP_PASSWORD, or neither".into(),
                ));
            }
        };
        Ok(Smtp {
            host,
            port,
            credentials,
            security,
        })
    }

    /// Sends one message.
    pub fn send(&self, m: &Message) -> Result<(), String> {
        use lettre::Transport;
        use lettre::transport::smtp::SmtpTransport;
        use lettre::transport::smtp::authentication::Credentials;
        let mut b = match self.security {
            Security::Tls => SmtpTransport::relay(&self.host).map_err(|e| e.to_string())?,
            Security::StartTls => {
                SmtpTransport::starttls_relay(&self.host).map_err(|e| e.to_string())?
            }
            Security::None => SmtpTransport::builder_dangerous(&self.host),
        };
        if let Some(p) = self.port {
            b = b.port(p);
        }
        if let Some((u, p)) = &self.credentials {
            b = b.credentials(Credentials::new(u.clone(), p.clone()));
        }
        b.timeout(Some(Duration::from_secs(30)))
            .build()
            .send(m)
            .map(|_| ())
            .map_err(|e| e.to_string())
    }
}
