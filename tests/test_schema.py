"""`annotations/schema.json` is exactly the schema generated from the label inventories."""

from pathlib import Path

from quellenlage import labels
from quellenlage.schema import annotation_schema, schema_json

ROOT = Path(__file__).resolve().parent.parent


def test_schema_file_is_generated():
    assert (ROOT / "annotations" / "schema.json").read_text(encoding="utf-8") == schema_json()


def test_schema_labels_come_from_labels_module():
    defs = annotation_schema()["$defs"]
    assert defs["attribution"]["properties"]["form"]["enum"] == list(labels.ATTRIBUTION_FORMS)
    assert defs["uncertainty"]["properties"]["type"]["enum"] == list(labels.UNCERTAINTY_TYPES)
    assert defs["claim"]["properties"]["verification"]["enum"] == list(labels.VERIFICATION)
