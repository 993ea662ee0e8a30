//! svcreview: a client's YAML (CSFs, KPIs, SLAs, period data) in, service reviews out.
//!
//! The layout follows the pipeline, and arrows only point down (a test keeps it so):
//! [`cli`] (arguments) → [`commands`] (the only place where stages meet) → [`output`]
//! (a client's files, all or none) → [`present`] (charts, typst, e-mail) → [`evaluate`]
//! (one [`review::Review`]) → [`load`] (workspace, YAML, validation, ticket exports) →
//! the leaves shared by all: [`model`], [`review`], [`period`], [`calendar`], [`fonts`],
//! [`text`], [`error`], [`terminal`].

// `Problem` carries file, position, field, message and hint; it travels only on the error
// path, where its size does not matter.
#![allow(clippy::result_large_err)]

pub mod cli;
pub mod commands;
pub mod evaluate;
pub mod load;
pub mod output;
pub mod present;

pub mod calendar;
pub mod error;
pub mod fonts;
pub mod model;
pub mod period;
pub mod review;
pub mod terminal;
pub mod text;

#[cfg(test)]
mod layering;
