import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = resolve(import.meta.dirname, "../..");

/** The README and every page under docs/, as paths from the repository root. */
function markdownPages(): string[] {
  const pages = ["README.md"];
  const walk = (dir: string): void => {
    for (const name of readdirSync(join(ROOT, dir)).sort()) {
      const path = join(dir, name);
      if (statSync(join(ROOT, path)).isDirectory()) walk(path);
      else if (name.endsWith(".md")) pages.push(path);
    }
  };
  walk("docs");
  return pages;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens, repeats numbered. */
function headingAnchors(markdown: string): Set<string> {
  const anchors = new Set<string>();
  const seen = new Map<string, number>();
  for (const line of withoutFences(markdown).split("\n")) {
    const heading = /^#{1,6}\s+(.*?)\s*#*\s*$/.exec(line);
    if (!heading) continue;
    const base = (heading[1] ?? "")
      .toLowerCase()
      .replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "")
      .replace(/ /g, "-");
    const count = seen.get(base) ?? 0;
    seen.set(base, count + 1);
    anchors.add(count === 0 ? base : `${base}-${count}`);
  }
  return anchors;
}

/** Fenced code blocks hold examples, not links or headings. */
function withoutFences(markdown: string): string {
  return markdown.replace(/^```[^\n]*\n[\s\S]*?^```[^\n]*$/gm, "");
}

/** The relative link targets of a page: `[text](target)`, outside code. */
function relativeLinks(markdown: string): string[] {
  const text = withoutFences(markdown).replace(/`[^`\n]*`/g, "");
  const links: string[] = [];
  for (const match of text.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
    const target = match[1] ?? "";
    if (/^[a-z][a-z0-9+.-]*:/i.test(target)) continue;
    links.push(target);
  }
  return links;
}

/** Each relative link of a page that points at no file, or at no heading of its file. */
function brokenLinks(page: string): string[] {
  const markdown = readFileSync(join(ROOT, page), "utf8");
  const broken: string[] = [];
  for (const link of relativeLinks(markdown)) {
    const [path = "", anchor] = link.split("#", 2);
    const target = path === "" ? page : relative(ROOT, resolve(ROOT, dirname(page), path));
    if (target.startsWith("..") || !existsSync(join(ROOT, target))) {
      broken.push(`${page}: ${link} (no such file)`);
      continue;
    }
    if (anchor === undefined) continue;
    if (!target.endsWith(".md")) {
      broken.push(`${page}: ${link} (an anchor in a file that is not Markdown)`);
      continue;
    }
    const anchors = headingAnchors(readFileSync(join(ROOT, target), "utf8"));
    if (!anchors.has(decodeURIComponent(anchor))) {
      broken.push(`${page}: ${link} (no heading "#${anchor}" in ${target})`);
    }
  }
  return broken;
}

describe("the documentation", () => {
  it("keeps the README a front door, under 200 lines", () => {
    const lines = readFileSync(join(ROOT, "README.md"), "utf8").trimEnd().split("\n").length;
    expect(lines).toBeLessThan(200);
  });

  it("has no relative link to a file or heading that does not exist", () => {
    const pages = markdownPages();
    expect(pages).toContain("docs/directory.md");
    expect(pages.flatMap(brokenLinks)).toEqual([]);
  });

  it("finds the anchors GitHub makes and the links a page holds", () => {
    const page = [
      "# Admin API",
      "## `knowledge[]` (optional)",
      "## Backups",
      "## Backups",
      "```sh",
      "# not a heading [nor](a-link.md)",
      "```",
      "See [the API](api.md#admin-api), `[code](skipped.md)` and [a site](https://example.com).",
    ].join("\n");
    expect([...headingAnchors(page)]).toEqual([
      "admin-api",
      "knowledge-optional",
      "backups",
      "backups-1",
    ]);
    expect(relativeLinks(page)).toEqual(["api.md#admin-api"]);
  });
});
