"""Per-network length counting. Expected values are worked out by hand in the comments."""

from __future__ import annotations

import pytest

from brent_tui.domain.models import Platform
from brent_tui.domain.post_length import count, limit_for

FAMILY = "\U0001f468\u200d\U0001f469\u200d\U0001f467\u200d\U0001f466"  # 👨‍👩‍👧‍👦: 4 emoji + 3 ZWJ
THUMBS_MEDIUM = "\U0001f44d\U0001f3fd"  # 👍🏽 thumbs up + skin tone modifier
UK_FLAG = "\U0001f1ec\U0001f1e7"  # 🇬🇧 two regional indicators


# --------------------------------------------------------------------------- X


def test_x_exactly_280_is_ok_281_is_over() -> None:
    # ASCII weighs 100 each → 1 weighted character each.
    ok = count("a" * 280, Platform.X)
    assert (ok.used, ok.limit, ok.ok, ok.over_by) == (280, 280, True, 0)
    over = count("a" * 281, Platform.X)
    assert (over.used, over.ok, over.over_by) == (281, False, 1)


def test_x_url_counts_23_whatever_its_length() -> None:
    # "Bins: " is 6; the URL (60+ characters) counts 23 → 29.
    text = "Bins: https://www.brent.gov.uk/bins-and-recycling/collection-days?postcode=HA9"
    assert count(text, Platform.X).used == 29
    # A short URL also counts 23 (t.co wraps everything): "See " 4 + 23 = 27.
    assert count("See https://x.co", Platform.X).used == 27


def test_x_bare_domain_is_a_url_and_trailing_full_stop_is_not_part_of_it() -> None:
    # "Visit " 6 + URL 23 + "." 1 = 30.
    assert count("Visit brent.gov.uk/bins.", Platform.X).used == 30


def test_x_email_domain_is_not_a_url() -> None:
    # 22 ASCII characters, no link: "mail bins@brent.gov.uk".
    assert count("mail bins@brent.gov.uk", Platform.X).used == 22


def test_x_cjk_weighs_two() -> None:
    # 日 (U+65E5) is outside every light range → 200 → 2 each.
    assert count("日本", Platform.X).used == 4
    assert count("日" * 140, Platform.X).ok  # 280
    c = count("日" * 141, Platform.X)  # 282
    assert (c.used, c.over_by) == (282, 2)
    # Mixed: "a" 100 + "日" 200 = 300 → 3.
    assert count("a日", Platform.X).used == 3


def test_x_punctuation_ranges() -> None:
    # En dash U+2013 (8211) and ’ U+2019 (8217) are in 8208–8223 → 1 each;
    # the ellipsis U+2026 (8230) is not → 2; € U+20AC (8364) → 2.
    assert count("–’", Platform.X).used == 2
    assert count("…", Platform.X).used == 2
    assert count("€", Platform.X).used == 2
    # Latin-1 accented letters are in 0–4351 → 1.
    assert count("café", Platform.X).used == 4


def test_x_emoji_sequences_count_two_once() -> None:
    # A ZWJ family is one emoji → 200 → 2, not 7 code points' worth.
    assert count(FAMILY, Platform.X).used == 2
    assert count(THUMBS_MEDIUM, Platform.X).used == 2
    assert count(UK_FLAG, Platform.X).used == 2
    # "Hi " 3 + family 2 = 5.
    assert count("Hi " + FAMILY, Platform.X).used == 5


def test_x_describe() -> None:
    assert count("a" * 212, Platform.X).describe() == "212/280 weighted characters"


# --------------------------------------------------------------------------- Bluesky


def test_bluesky_family_emoji_is_one_grapheme_but_25_bytes() -> None:
    # 4 emoji × 4 bytes + 3 ZWJ × 3 bytes = 25 bytes.
    c = count(FAMILY, Platform.BLUESKY)
    assert (c.used, c.bytes_used, c.unit) == (1, 25, "graphemes")


def test_bluesky_300_graphemes_ok_301_over() -> None:
    assert count("a" * 300, Platform.BLUESKY).ok
    c = count("a" * 301, Platform.BLUESKY)
    assert (c.ok, c.over_by) == (False, 1)


def test_bluesky_byte_cap() -> None:
    # 120 families = 120 graphemes and 120 × 25 = 3000 bytes: exactly at the cap → ok.
    assert count(FAMILY * 120, Platform.BLUESKY).ok
    # 121 families = 3025 bytes: under 300 graphemes but over 3000 bytes → refused.
    c = count(FAMILY * 121, Platform.BLUESKY)
    assert (c.used, c.bytes_used, c.ok, c.over_by, c.bytes_over_by) == (121, 3025, False, 0, 25)
    assert c.describe() == "121/300 graphemes, 3,025/3,000 bytes"


def test_bluesky_urls_count_in_full() -> None:
    # No shortening on Bluesky: "See " 4 + "https://" 8 + "brent.gov.uk" 12 + "/x" 2 = 26.
    assert count("See https://brent.gov.uk/x", Platform.BLUESKY).used == 26


# --------------------------------------------------------------------------- Mastodon


def test_mastodon_url_counts_23() -> None:
    # "Read " 5 + URL 23 = 28, however long the URL.
    text = "Read https://www.brent.gov.uk/" + "a" * 200
    c = count(text, Platform.MASTODON)
    assert (c.used, c.limit, c.unit) == (28, 500, "characters")


def test_mastodon_bare_domain_counts_in_full() -> None:
    # Mastodon only shortens links with a scheme: 12 characters as typed.
    assert count("brent.gov.uk", Platform.MASTODON).used == 12


def test_mastodon_remote_mention_counts_local_part_only() -> None:
    # "@alice@mastodon.social hi" counts as "@alice hi" = 9.
    assert count("@alice@mastodon.social hi", Platform.MASTODON).used == 9
    # Local mention unchanged: "@bob hi" = 7.
    assert count("@bob hi", Platform.MASTODON).used == 7
    # An email address is not a mention: 14 characters.
    assert count("jo@example.com", Platform.MASTODON).used == 14


def test_mastodon_instance_limit() -> None:
    assert count("a" * 501, Platform.MASTODON).over_by == 1
    assert count("a" * 501, Platform.MASTODON, mastodon_limit=1000).ok
    assert limit_for(Platform.MASTODON, mastodon_limit=1000) == 1000


def test_mastodon_counts_graphemes() -> None:
    assert count(FAMILY, Platform.MASTODON).used == 1


# --------------------------------------------------------------------------- others


@pytest.mark.parametrize(
    ("platform", "limit"),
    [
        (Platform.X, 280),
        (Platform.BLUESKY, 300),
        (Platform.MASTODON, 500),
        (Platform.FACEBOOK, 63_206),
        (Platform.LINKEDIN, 3_000),
        (Platform.INSTAGRAM, 2_200),
    ],
)
def test_limits(platform: Platform, limit: int) -> None:
    assert limit_for(platform) == limit


def test_every_platform_has_a_limit() -> None:
    for platform in Platform:
        assert limit_for(platform) > 0


def test_facebook_and_linkedin_count_characters() -> None:
    assert count("a" * 63_206, Platform.FACEBOOK).ok
    assert count("a" * 63_207, Platform.FACEBOOK).over_by == 1
    c = count("a" * 3_001, Platform.LINKEDIN)
    assert (c.ok, c.over_by, c.unit, c.bytes_used) == (False, 1, "characters", None)
