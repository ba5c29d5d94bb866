//! Estimated cost per model, in US dollars per million tokens (input,
//! output). Unknown and local models cost nothing.

const PRICES: &[(&str, f64, f64)] = &[
    ("gpt-4o-mini", 0.15, 0.60),
    ("gpt-4o", 2.50, 10.00),
    ("gpt-4.1-mini", 0.40, 1.60),
    ("gpt-4.1", 2.00, 8.00),
    ("gemini-2.0-flash", 0.10, 0.40),
    ("gemini-1.5-flash", 0.075, 0.30),
    ("gemini-1.5-pro", 1.25, 5.00),
];

pub fn cost_usd(model: &str, prompt_tokens: u32, completion_tokens: u32) -> f64 {
    // Longest matching prefix, so "gpt-4o-mini-2024-07-18" prices as gpt-4o-mini.
    PRICES
        .iter()
        .filter(|(name, _, _)| model.starts_with(name))
        .max_by_key(|(name, _, _)| name.len())
        .map_or(0.0, |(_, input, output)| {
            (f64::from(prompt_tokens) * input + f64::from(completion_tokens) * output) / 1_000_000.0
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prices_by_longest_prefix() {
        assert!((cost_usd("gpt-4o-mini-2024-07-18", 1_000_000, 0) - 0.15).abs() < 1e-12);
        assert!((cost_usd("gpt-4o", 0, 1_000_000) - 10.0).abs() < 1e-12);
        assert_eq!(cost_usd("llama3.1:8b", 5000, 5000), 0.0);
    }
}
