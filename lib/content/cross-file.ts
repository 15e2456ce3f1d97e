import { typeset } from './typography';
import { questionKey, type Page } from './parse-page';
import type { PageFurnitureWords } from './page-furniture-data';
import { cutTitleSuffixes } from './title-suffix';

/** What the passes that weigh every file together read and change of one parsed file. */
export type CrossFilePage = { page: Page; question: string; key: string; titleFromFrontMatter: boolean };

/**
 * The passes that need evidence from all of content/ at once (what a feed's template repeats in every file):
 * site and section names cut from titles. Each cut is noted in the page's omitted lines, so the report shows it.
 */
export function cleanAcrossFiles(files: CrossFilePage[], words: PageFurnitureWords): void {
  // An editor's front-matter title is taken as written.
  const cuts = cutTitleSuffixes(
    files.map((f) => (f.titleFromFrontMatter ? '' : f.page.question)),
    words,
  );
  files.forEach((f, i) => {
    const cut = cuts[i];
    if (!cut) return;
    f.page.question = cut.question;
    f.question = typeset(cut.question);
    f.key = questionKey(f.question);
    f.page.omitted.push({ line: f.page.questionLine, text: cut.suffix, reason: `site or section name after the title: ${cut.evidence}` });
  });
}
