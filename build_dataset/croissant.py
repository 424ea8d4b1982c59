"""croissant.json: the package described in Croissant 1.0 (MLCommons, JSON-LD on
schema.org), made from the same descriptor as datapackage.json, so that both name the same
files, checksums, columns and keys. The JSON-LD context is Croissant 1.0's recommended one
(schema/croissant-context.json, as mlcroissant writes it)."""

from __future__ import annotations

import json
from typing import Any

from build_dataset.resources import project_folder

CONFORMS_TO = "http://mlcommons.org/croissant/1.0"
DATA_TYPES = {"integer": "sc:Integer", "number": "sc:Float", "boolean": "sc:Boolean"}


def context() -> dict[str, Any]:
    path = project_folder("schema") / "croissant-context.json"
    loaded: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    return loaded


def file_object(resource: dict[str, Any]) -> dict[str, Any]:
    return {
        "@type": "cr:FileObject",
        "@id": resource["path"],
        "name": resource["path"],
        "description": resource["description"],
        "contentUrl": resource["path"],
        "contentSize": f"{resource['bytes']} B",
        "encodingFormat": resource["mediatype"],
        "sha256": resource["hash"].removeprefix("sha256:"),
    }


def record_set(resource: dict[str, Any]) -> dict[str, Any]:
    """The rows of one CSV: a field per column, its key and its references."""
    name, schema = resource["name"], resource["schema"]
    references = {
        fields[0]: f"{key['reference']['resource']}/{key['reference']['fields'][0]}"
        for key in schema.get("foreignKeys", [])
        for fields in [key["fields"]]
    }
    fields = []
    for column in schema["fields"]:
        field: dict[str, Any] = {
            "@type": "cr:Field",
            "@id": f"{name}/{column['name']}",
            "name": column["name"],
            "description": column["description"],
            "dataType": DATA_TYPES.get(column["type"], "sc:Text"),
            "source": {
                "fileObject": {"@id": resource["path"]},
                "extract": {"column": column["name"]},
            },
        }
        if column["name"] in references:
            field["references"] = {"field": {"@id": references[column["name"]]}}
        fields.append(field)
    described: dict[str, Any] = {
        "@type": "cr:RecordSet",
        "@id": name,
        "name": name,
        "description": resource["description"],
    }
    # A composite key lists each of its fields (Croissant 1.0, "key"); warnings has none.
    if schema.get("primaryKey"):
        described["key"] = [{"@id": f"{name}/{column}"} for column in schema["primaryKey"]]
    return {**described, "field": fields}


def croissant(package: dict[str, Any]) -> dict[str, Any]:
    """The Croissant description of the resources the descriptor PACKAGE lists."""
    resources = package["resources"]
    document: dict[str, Any] = {
        "@context": context(),
        "@type": "sc:Dataset",
        "name": package["name"],
        "description": package["description"],
        "conformsTo": CONFORMS_TO,
        "citeAs": f"{package['title']}, version {package['version']}",
        "license": package["licenses"][0]["path"],
        # The article (or the dataset's first source) the data come from; "url" would be
        # the dataset's own page.
        "isBasedOn": next((s["path"] for s in package["sources"] if "path" in s), None),
        "version": package["version"],
        "keywords": package["keywords"],
        "inLanguage": "de",
        "distribution": [file_object(r) for r in resources],
        "recordSet": [record_set(r) for r in resources if r.get("type") == "table"],
    }
    if "created" in package:
        document["dateCreated"] = package["created"]
        document["datePublished"] = package["created"][:10]  # the day this version was made
    return {key: value for key, value in document.items() if value is not None}
