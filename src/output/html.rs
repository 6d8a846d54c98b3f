//! HTML escaping for article text placed in `timeline.json` and `report.html`.

/// Escapes the five characters that matter in HTML text and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

/// A link target that is safe to put in `href`: only http(s) addresses.
pub fn safe_url(url: &str) -> Option<String> {
    let u = url.trim();
    (u.starts_with("https://") || u.starts_with("http://")).then(|| escape(u))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_is_escaped_and_only_web_links_pass() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
        assert_eq!(safe_url("javascript:alert(1)"), None);
        assert_eq!(
            safe_url("https://example.org/a?b=1&c=2").as_deref(),
            Some("https://example.org/a?b=1&amp;c=2")
        );
    }
}
