//! A minimal OpenAI-compatible responder for the bench: HTTP/1.1 with
//! keep-alive; a streamed request is answered with server-sent events in
//! chunked transfer encoding, any other with one JSON completion (the
//! server's background jobs ask for those). A prompt whose last message
//! contains "hold the line" gets a slow stream (a chunk every `SLOW_EVERY`)
//! that stays open until the client leaves; any other gets `FAST_CHUNKS`
//! chunks `FAST_EVERY` apart.

use std::net::SocketAddr;
use std::time::Duration;

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};

pub const FAST_CHUNKS: usize = 10;
pub const FAST_EVERY: Duration = Duration::from_millis(2);
pub const SLOW_EVERY: Duration = Duration::from_millis(500);
const SLOW_CHUNKS: usize = 600;
/// What makes a prompt get the slow stream.
pub const HOLD: &str = "hold the line";

/// Starts the responder on 127.0.0.1; the base URL is `http://{addr}/v1`.
pub async fn start() -> std::io::Result<SocketAddr> {
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    let addr = listener.local_addr()?;
    tokio::spawn(async move {
        while let Ok((socket, _)) = listener.accept().await {
            tokio::spawn(async move {
                let _ = serve(socket).await;
            });
        }
    });
    Ok(addr)
}

/// Reads one request (headers and a content-length body) from `buffer` and
/// the socket; None when the client closed the connection.
async fn read_request(socket: &mut TcpStream, buffer: &mut Vec<u8>) -> std::io::Result<Option<Vec<u8>>> {
    let mut chunk = [0u8; 8192];
    let head_end = loop {
        if let Some(i) = buffer.windows(4).position(|w| w == b"\r\n\r\n") {
            break i + 4;
        }
        let n = socket.read(&mut chunk).await?;
        if n == 0 {
            return Ok(None);
        }
        buffer.extend_from_slice(&chunk[..n]);
    };
    let head = String::from_utf8_lossy(&buffer[..head_end]).to_ascii_lowercase();
    let length: usize = head
        .lines()
        .find_map(|l| l.strip_prefix("content-length:"))
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(0);
    while buffer.len() < head_end + length {
        let n = socket.read(&mut chunk).await?;
        if n == 0 {
            return Ok(None);
        }
        buffer.extend_from_slice(&chunk[..n]);
    }
    let body = buffer[head_end..head_end + length].to_vec();
    buffer.drain(..head_end + length);
    Ok(Some(body))
}

/// One chunk of the chunked transfer encoding holding one SSE event.
fn event(data: &str) -> Vec<u8> {
    let payload = format!("data: {data}\n\n");
    format!("{:x}\r\n{payload}\r\n", payload.len()).into_bytes()
}

fn delta(text: &str) -> Vec<u8> {
    event(&serde_json::json!({"choices": [{"index": 0, "delta": {"content": text}}]}).to_string())
}

async fn serve(mut socket: TcpStream) -> std::io::Result<()> {
    socket.set_nodelay(true)?;
    let mut buffer = Vec::new();
    while let Some(body) = read_request(&mut socket, &mut buffer).await? {
        let body: serde_json::Value = serde_json::from_slice(&body).unwrap_or_default();
        if body["stream"] != true {
            let completion = serde_json::json!({
                "choices": [{"index": 0, "message": {"role": "assistant", "content": "Phone: A quiet day.\n"}}],
                "usage": {"prompt_tokens": 500, "completion_tokens": 6},
            })
            .to_string();
            let head = format!(
                "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\n\r\n",
                completion.len()
            );
            socket.write_all(format!("{head}{completion}").as_bytes()).await?;
            continue;
        }
        let last_message = body["messages"]
            .as_array()
            .and_then(|m| m.last()?["content"].as_str())
            .unwrap_or_default();
        let (chunks, every) = if last_message.contains(HOLD) {
            (SLOW_CHUNKS, SLOW_EVERY)
        } else {
            (FAST_CHUNKS, FAST_EVERY)
        };
        socket
            .write_all(b"HTTP/1.1 200 OK\r\ncontent-type: text/event-stream\r\ntransfer-encoding: chunked\r\n\r\n")
            .await?;
        for i in 0..chunks {
            tokio::time::sleep(every).await;
            socket.write_all(&delta(&format!("word{i} "))).await?;
        }
        let usage =
            serde_json::json!({"choices": [], "usage": {"prompt_tokens": 500, "completion_tokens": chunks * 2}});
        socket.write_all(&event(&usage.to_string())).await?;
        socket.write_all(&event("[DONE]")).await?;
        socket.write_all(b"0\r\n\r\n").await?;
    }
    Ok(())
}
