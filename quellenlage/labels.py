"""The label inventories of every annotation layer: the one place they are defined."""

from __future__ import annotations

SCHEMA_VERSION = "1.0"

ATTRIBUTION_FORMS = ("direct", "indirect", "mixed", "prepositional", "evidential", "reported")
SOURCE_TYPES = (
    "person", "government", "military", "intelligence", "media",
    "organisation", "expert", "witness", "anonymous", "document",
)
ATTRIBUTION_ROLES = ("cue", "source", "content")
UNCERTAINTY_TYPES = ("evidential", "epistemic", "speculative", "approximation", "unverified")
CERTAINTY = ("certain", "probable", "possible", "unknown")
POLARITY = ("positive", "negative")
COMMITMENT = ("asserted", "reported", "distanced")
VERIFICATION = ("none", "unverified", "disputed", "corroborated")
RELATION_TYPES = ("contradicts", "supports")
PROVENANCE_METHODS = ("manual", "corrected", "automatic")

#: Claim label dimensions scored by the `claims` task, in report order.
CLAIM_DIMENSIONS: dict[str, tuple[str, ...]] = {
    "certainty": CERTAINTY,
    "polarity": POLARITY,
    "commitment": COMMITMENT,
    "verification": VERIFICATION,
}
