// A saved web page: Readability finds the article (dropping menus, ads and comments) when the page
// has one; a plain HTML document is taken whole.
import { parseHTML } from "linkedom";
import { Readability } from "@mozilla/readability";
import { htmlToMarkdown } from "./to-markdown";
import { htmlMetadata, type BookMetadata } from "../metadata";

export function readWebPage(html: string): { markdown: string; labels: string[]; title: string | null; article: boolean; metadata: BookMetadata } {
  const { document } = parseHTML(html);
  const metadata = htmlMetadata(document as unknown as Document);
  // Readability changes the document it reads: give it its own copy.
  const article = new Readability(parseHTML(html).document as unknown as Document, { charThreshold: 200 }).parse();
  const doc = article?.content ? (parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document as unknown as Document) : (document as unknown as Document);
  const { markdown, labels } = htmlToMarkdown([{ name: "page.html", document: doc }]);
  const heading = article?.title && !/^\s*#/.test(markdown) ? `# ${article.title}\n\n` : "";
  return { markdown: heading + markdown, labels, title: article?.title?.trim() || metadata.title, article: !!article, metadata };
}
