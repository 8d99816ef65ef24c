// Namespaced XML read without caring which prefix a file chose ("dc:creator", "dcterms:creator",
// or a default namespace): elements are matched on their local name.

// "dc:creator" → "creator": a name without its prefix, in lower case.
const unprefixed = (name: string) => name.replace(/^.*:/, "").toLowerCase();

export const localName = (el: Element) => unprefixed(el.tagName);

/** Every element under `root` whose local name is `name`, in document order. */
export function byLocalName(root: ParentNode, name: string): Element[] {
  return [...root.querySelectorAll("*")].filter((el) => localName(el) === name);
}

/** An attribute whatever its prefix ("opf:role", "role"). */
export function attr(el: Element, name: string): string | null {
  for (const a of [...el.attributes]) if (unprefixed(a.name) === name) return a.value;
  return null;
}
