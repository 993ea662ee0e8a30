//! Load: from the files of a workspace to typed, validated inputs, every problem
//! located in its file. Nothing here evaluates a figure or prints.

pub mod devices;
pub mod files;
pub mod history;
pub mod locale;
pub mod tickets;
pub mod validate;
pub mod workspace;
pub mod yaml;
