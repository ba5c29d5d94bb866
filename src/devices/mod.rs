//! The caller's devices and their relationships (`kith.devices.v1`).
