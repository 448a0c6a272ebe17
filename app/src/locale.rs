//! The portal's languages. Pure data, shared by the server (cookie handling) and tests.
//!
//! The translations themselves live in `locales/<code>/*.ftl`; Dutch (`nl`) is the reference.

/// Language codes in the order the language picker shows them. Dutch first: it is the
/// reference language and the default.
pub const SUPPORTED: [&str; 10] = ["nl", "en", "tr", "ar", "fa", "pt", "es", "fr", "ru", "zh-Hans"];

/// The language used when nothing (URL, cookie, browser) asks for a supported one.
pub const DEFAULT: &str = "nl";

/// Name of the cookie that remembers the chosen language (also read by leptos-fluent).
pub const COOKIE_NAME: &str = "lang";

/// The query parameter that switches the language (`?lang=ar`).
pub const URL_PARAM: &str = "lang";

/// Returns the supported code that matches `code` (case-insensitive), if any.
pub fn find(code: &str) -> Option<&'static str> {
    SUPPORTED.iter().copied().find(|c| c.eq_ignore_ascii_case(code))
}

/// The language of a request, in the order the pages use: `?lang=`, the cookie, then the
/// browser's `Accept-Language` (by primary subtag; any Chinese is Simplified Chinese), then Dutch.
pub fn negotiate(url_param: Option<&str>, cookie: Option<&str>, accept_language: Option<&str>) -> &'static str {
    let from_browser = || {
        accept_language?.split(',').find_map(|entry| {
            let tag = entry.split(';').next()?.trim();
            find(tag).or_else(|| {
                let primary = tag.split('-').next()?;
                if primary.eq_ignore_ascii_case("zh") {
                    Some("zh-Hans")
                } else {
                    find(primary)
                }
            })
        })
    };
    url_param
        .and_then(find)
        .or_else(|| cookie.and_then(find))
        .or_else(from_browser)
        .unwrap_or(DEFAULT)
}

/// Writing direction of a supported language.
pub fn is_rtl(code: &str) -> bool {
    matches!(code, "ar" | "fa")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn negotiation_prefers_the_url_then_the_cookie_then_the_browser() {
        let cases = [
            (Some("ar"), Some("tr"), Some("en"), "ar"),
            (None, Some("tr"), Some("en"), "tr"),
            (Some("xx"), None, Some("de-DE, ar-EG;q=0.8"), "ar"),
            (None, None, Some("zh-CN,zh;q=0.9"), "zh-Hans"),
            (None, None, Some("de"), "nl"),
            (None, None, None, "nl"),
        ];
        for (url, cookie, browser, expected) in cases {
            assert_eq!(
                negotiate(url, cookie, browser),
                expected,
                "{url:?} {cookie:?} {browser:?}"
            );
        }
    }

    #[test]
    fn find_accepts_any_case_and_rejects_unknown_codes() {
        assert_eq!(find("AR"), Some("ar"));
        assert_eq!(find("zh-hans"), Some("zh-Hans"));
        assert_eq!(find("xx"), None);
        assert_eq!(find(""), None);
    }

    #[test]
    fn default_is_supported_and_rtl_languages_are_marked() {
        assert_eq!(find(DEFAULT), Some("nl"));
        assert!(is_rtl("ar") && is_rtl("fa"));
        assert!(!is_rtl("nl") && !is_rtl("tr"));
    }
}
