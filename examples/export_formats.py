"""Export a parsed story to NITF 3.6 XML and schema.org JSON-LD, and check both.

Newsroom systems read NITF (IPTC's News Industry Text Format); search engines
and CMSs read schema.org ``NewsArticle`` JSON-LD. This parses the AP story in
this folder (or a story file you name), writes ``<stem>.nitf.xml`` and
``<stem>.jsonld`` into an output folder, and reads both back with the standard
library to show what they carry.

Run from the project root:
    python examples/export_formats.py                       # examples/ap_story.txt -> a temp folder
    python examples/export_formats.py story.txt --out exports/
"""

from __future__ import annotations

import argparse
import json
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import newsparse

STORY = Path(__file__).with_name("ap_story.txt")
NITF = "{http://iptc.org/std/NITF/2006-10-18/}"


def export(story: Path, out: Path) -> tuple[Path, Path]:
    """Write ``story`` as NITF and as JSON-LD into ``out``; the two paths."""
    article = newsparse.parse(story.read_text(encoding="utf-8"))
    out.mkdir(parents=True, exist_ok=True)
    nitf_path = out / f"{story.stem}.nitf.xml"
    nitf_path.write_text(article.to_nitf(), encoding="utf-8")
    jsonld_path = out / f"{story.stem}.jsonld"
    jsonld_path.write_text(
        json.dumps(article.to_jsonld(), ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return nitf_path, jsonld_path


def show_nitf(path: Path) -> None:
    """Print the headline, dateline, media and tagline of a NITF file."""
    root = ET.parse(path).getroot()  # noqa: S314 - our own output, not untrusted XML
    print(f"NITF     {path.name} ({root.get('version')})")
    print(f"  hl1      {root.findtext(f'.//{NITF}hl1')}")
    city = root.findtext(f".//{NITF}dateline/{NITF}location/{NITF}city")
    print(f"  dateline {city}")
    for media in root.iter(f"{NITF}media"):
        print(f"  media    {media.findtext(f'{NITF}media-producer')}")
    print(f"  paragraphs {len(root.findall(f'.//{NITF}body.content/{NITF}p'))}")
    for tagline in root.iter(f"{NITF}tagline"):
        people = [p.text for p in tagline.iter(f"{NITF}person")]
        print(f"  tagline  people={people}")


def show_jsonld(path: Path) -> None:
    """Print the type, headline, dateline, images and contributors of a JSON-LD file."""
    data = json.loads(path.read_text(encoding="utf-8"))
    print(f"JSON-LD  {path.name} ({data['@type']})")
    print(f"  headline {data.get('headline')}")
    print(f"  dateline {data.get('dateline')}")
    for image in data.get("image", []):
        creators = [c["name"] for c in image.get("creator", [])]
        print(f"  image    {image.get('creditText')} creator={creators}")
    for role in data.get("contributor", []):
        print(f"  contributor {role['contributor']['name']} ({role.get('roleName')})")
    print(f"  source   {data.get('sourceOrganization', {}).get('name')}")


def main(argv: list[str] | None = None) -> None:
    """Export the story and show both files."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("story", nargs="?", type=Path, default=STORY)
    parser.add_argument("--out", type=Path, help="output folder (default: a temporary one)")
    args = parser.parse_args(argv)
    if args.out is not None:
        nitf_path, jsonld_path = export(args.story, args.out)
        show_nitf(nitf_path)
        show_jsonld(jsonld_path)
        return
    with tempfile.TemporaryDirectory() as tmp:
        nitf_path, jsonld_path = export(args.story, Path(tmp))
        show_nitf(nitf_path)
        show_jsonld(jsonld_path)


if __name__ == "__main__":
    main()
