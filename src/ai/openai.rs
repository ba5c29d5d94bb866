//! An OpenAI-compatible Chat Completions client (OpenAI, Gemini's OpenAI
//! endpoint, Ollama, vLLM, llama.cpp): JSON for `complete`, server-sent
//! events for `stream`. Non-streamed calls are retried with exponential
//! backoff; a stream is never retried once it has started.

use std::collections::HashMap;
use std::time::Duration;

use eventsource_stream::Eventsource;
use futures::StreamExt;
use serde::Deserialize;
use serde_json::json;

use super::{estimate_tokens, AiError, Completion, Event, EventStream, Provider, Purpose, Request, TokenUsage};

#[derive(Debug, Clone)]
pub struct OpenAiConfig {
    /// e.g. "https://api.openai.com/v1" or "http://localhost:11434/v1".
    pub base_url: String,
    pub api_key: Option<secrecy::SecretString>,
    pub model: String,
    /// Per-purpose model overrides.
    pub models: HashMap<Purpose, String>,
    pub timeout: Duration,
    pub retries: u32,
}

pub struct OpenAiProvider {
    http: reqwest::Client,
    config: OpenAiConfig,
}

#[derive(Deserialize)]
struct WireUsage {
    #[serde(default)]
    prompt_tokens: u32,
    #[serde(default)]
    completion_tokens: u32,
}

#[derive(Deserialize)]
struct WireMessage {
    #[serde(default)]
    content: Option<String>,
}

#[derive(Deserialize)]
struct WireChoice {
    #[serde(default)]
    message: Option<WireMessage>,
    #[serde(default)]
    delta: Option<WireMessage>,
}

#[derive(Deserialize)]
struct WireResponse {
    #[serde(default)]
    choices: Vec<WireChoice>,
    #[serde(default)]
    usage: Option<WireUsage>,
    /// How OpenAI and vLLM report a failure in the middle of a stream.
    #[serde(default)]
    error: Option<serde_json::Value>,
}

fn transport_error(err: reqwest::Error, timeout: Duration) -> AiError {
    if err.is_timeout() {
        AiError::Timeout(timeout)
    } else {
        AiError::Unavailable(err.to_string())
    }
}

impl OpenAiProvider {
    pub fn new(config: OpenAiConfig) -> Self {
        let http = reqwest::Client::builder()
            .connect_timeout(config.timeout)
            // Between reads, so a long stream that keeps talking is fine.
            .read_timeout(config.timeout)
            .build()
            .expect("static reqwest config");
        Self { http, config }
    }

    fn body(&self, request: &Request, stream: bool) -> serde_json::Value {
        let messages: Vec<_> = request
            .messages
            .iter()
            .map(|m| json!({"role": m.role.as_str(), "content": m.content}))
            .collect();
        let mut body = json!({
            "model": self.model(request.purpose),
            "messages": messages,
            "max_tokens": request.max_tokens,
            "stream": stream,
        });
        if stream {
            body["stream_options"] = json!({"include_usage": true});
        }
        body
    }

    fn post(&self, body: &serde_json::Value) -> reqwest::RequestBuilder {
        let url = format!("{}/chat/completions", self.config.base_url.trim_end_matches('/'));
        let mut builder = self.http.post(url).json(body);
        if let Some(key) = &self.config.api_key {
            builder = builder.bearer_auth(secrecy::ExposeSecret::expose_secret(key));
        }
        builder
    }

    async fn complete_once(&self, request: &Request) -> Result<Completion, AiError> {
        let timeout = self.config.timeout;
        let response = self
            .post(&self.body(request, false))
            .timeout(timeout)
            .send()
            .await
            .map_err(|e| transport_error(e, timeout))?;
        let status = response.status();
        if !status.is_success() {
            return Err(AiError::Unavailable(format!("provider answered {status}")));
        }
        let wire: WireResponse = response.json().await.map_err(|e| match e.is_timeout() {
            true => AiError::Timeout(timeout),
            false => AiError::Malformed(e.to_string()),
        })?;
        let text = wire
            .choices
            .into_iter()
            .find_map(|c| c.message.and_then(|m| m.content))
            .ok_or_else(|| AiError::Malformed("no message in choices".into()))?;
        let usage = wire.usage.map_or_else(
            || TokenUsage {
                prompt_tokens: request.messages.iter().map(|m| estimate_tokens(&m.content)).sum(),
                completion_tokens: estimate_tokens(&text),
            },
            |u| TokenUsage {
                prompt_tokens: u.prompt_tokens,
                completion_tokens: u.completion_tokens,
            },
        );
        Ok(Completion {
            text,
            usage,
            model: self.model(request.purpose),
        })
    }
}

/// Parses one SSE data payload into events.
fn parse_chunk(data: &str, usage: &mut Option<TokenUsage>) -> Result<Option<String>, AiError> {
    let wire: WireResponse = serde_json::from_str(data).map_err(|e| AiError::Malformed(e.to_string()))?;
    if let Some(error) = wire.error {
        let message = error["message"]
            .as_str()
            .map_or_else(|| error.to_string(), str::to_owned);
        return Err(AiError::Unavailable(format!("provider error: {message}")));
    }
    if let Some(u) = wire.usage {
        *usage = Some(TokenUsage {
            prompt_tokens: u.prompt_tokens,
            completion_tokens: u.completion_tokens,
        });
    }
    Ok(wire
        .choices
        .into_iter()
        .find_map(|c| c.delta.and_then(|d| d.content))
        .filter(|t| !t.is_empty()))
}

#[async_trait::async_trait]
impl Provider for OpenAiProvider {
    fn name(&self) -> &'static str {
        "openai-compatible"
    }

    fn model(&self, purpose: Purpose) -> String {
        self.config.models.get(&purpose).unwrap_or(&self.config.model).clone()
    }

    async fn complete(&self, request: &Request) -> Result<Completion, AiError> {
        let mut attempt = 0;
        loop {
            match self.complete_once(request).await {
                Err(err @ (AiError::Unavailable(_) | AiError::Timeout(_))) if attempt < self.config.retries => {
                    attempt += 1;
                    let backoff = Duration::from_millis(200 * 2u64.pow(attempt - 1));
                    tracing::warn!(%err, attempt, ?backoff, "AI call failed; retrying");
                    tokio::time::sleep(backoff).await;
                }
                result => return result,
            }
        }
    }

    async fn stream(&self, request: &Request) -> Result<EventStream, AiError> {
        let timeout = self.config.timeout;
        let response = self
            .post(&self.body(request, true))
            .send()
            .await
            .map_err(|e| transport_error(e, timeout))?;
        let status = response.status();
        if !status.is_success() {
            return Err(AiError::Unavailable(format!("provider answered {status}")));
        }
        let prompt_estimate: u32 = request.messages.iter().map(|m| estimate_tokens(&m.content)).sum();
        struct State {
            events: futures::stream::BoxStream<'static, Result<eventsource_stream::Event, String>>,
            usage: Option<TokenUsage>,
            written: String,
            finished: bool,
        }
        let events = response
            .bytes_stream()
            .eventsource()
            .map(move |r| {
                r.map_err(|e| match e {
                    eventsource_stream::EventStreamError::Transport(t) if t.is_timeout() => {
                        format!("timeout after {timeout:?}")
                    }
                    other => other.to_string(),
                })
            })
            .boxed();
        let state = State {
            events,
            usage: None,
            written: String::new(),
            finished: false,
        };
        let stream = futures::stream::unfold(state, move |mut state| async move {
            if state.finished {
                return None;
            }
            loop {
                match state.events.next().await {
                    Some(Ok(event)) if event.data.trim() == "[DONE]" => {
                        state.finished = true;
                        let usage = state.usage.unwrap_or(TokenUsage {
                            prompt_tokens: prompt_estimate,
                            completion_tokens: estimate_tokens(&state.written),
                        });
                        return Some((Ok(Event::Done(usage)), state));
                    }
                    Some(Ok(event)) => match parse_chunk(&event.data, &mut state.usage) {
                        Ok(Some(text)) => {
                            state.written.push_str(&text);
                            return Some((Ok(Event::Delta(text)), state));
                        }
                        Ok(None) => continue,
                        Err(err) => {
                            state.finished = true;
                            return Some((Err(err), state));
                        }
                    },
                    Some(Err(err)) => {
                        state.finished = true;
                        let err = if err.starts_with("timeout") {
                            AiError::Timeout(timeout)
                        } else {
                            AiError::Unavailable(err)
                        };
                        return Some((Err(err), state));
                    }
                    None => {
                        state.finished = true;
                        return Some((Err(AiError::Unavailable("stream ended before [DONE]".into())), state));
                    }
                }
            }
        });
        Ok(stream.boxed())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunks_give_text_usage_or_the_providers_error() {
        let mut usage = None;
        let delta = r#"{"choices":[{"index":0,"delta":{"content":"Hi"}}],"usage":null}"#;
        assert_eq!(parse_chunk(delta, &mut usage), Ok(Some("Hi".into())));
        let role_only = r#"{"choices":[{"index":0,"delta":{"role":"assistant","content":null}}]}"#;
        assert_eq!(parse_chunk(role_only, &mut usage), Ok(None));
        assert_eq!(usage, None);
        let last = r#"{"choices":[],"usage":{"prompt_tokens":12,"completion_tokens":3}}"#;
        assert_eq!(parse_chunk(last, &mut usage), Ok(None));
        assert_eq!(usage.map(|u| (u.prompt_tokens, u.completion_tokens)), Some((12, 3)));

        // A failure reported mid-stream ends it; it is not an empty chunk.
        let failed = r#"{"error":{"message":"model overloaded","type":"server_error"}}"#;
        assert_eq!(
            parse_chunk(failed, &mut usage),
            Err(AiError::Unavailable("provider error: model overloaded".into()))
        );
        assert!(matches!(
            parse_chunk("not json", &mut usage),
            Err(AiError::Malformed(_))
        ));
    }
}
