/**
 * Which documents the extension treats as drafts: the `inspectionReport.drafts`
 * globs become the language client's document selector.
 */
import { strict as assert } from 'node:assert';
import { documentSelector, draftGlobs, isDraft } from '../../../client/src/drafts';

describe('drafts setting', () => {
  it('selects the draft language and the Markdown files on disk that match each glob', () => {
    assert.deepEqual(documentSelector(['**/*.report.md', 'drafts/**/*.md']), [
      { language: 'inspection-report' },
      { scheme: 'file', language: 'markdown', pattern: '**/*.report.md' },
      { scheme: 'file', language: 'markdown', pattern: 'drafts/**/*.md' },
    ]);
  });

  it('falls back to the default globs when the setting is not a list, and drops blanks and repeats', () => {
    assert.deepEqual(draftGlobs(undefined), ['**/*.report.md']);
    assert.deepEqual(draftGlobs('**/*.md'), ['**/*.report.md']);
    assert.deepEqual(draftGlobs([' drafts/*.md ', '', 3, 'drafts/*.md']), ['drafts/*.md']);
    assert.deepEqual(draftGlobs([]), []);
  });

  it('treats every document in the draft language as a draft', () => {
    assert.ok(isDraft({ languageId: 'inspection-report', path: '/anything.txt' }, []));
  });

  it('treats a Markdown file as a draft only when its path matches a glob', () => {
    const globs = ['**/*.report.md', 'inspections/{2016,2017}/*.md'];
    assert.ok(isDraft({ languageId: 'markdown', path: '/w/reports/sutton.report.md' }, globs));
    assert.ok(isDraft({ languageId: 'markdown', path: '/w/inspections/2017/kent.md' }, globs));
    assert.ok(!isDraft({ languageId: 'markdown', path: '/w/inspections/2018/kent.md' }, globs));
    assert.ok(!isDraft({ languageId: 'markdown', path: '/w/inspections/2017/sub/kent.md' }, globs));
    assert.ok(!isDraft({ languageId: 'markdown', path: '/w/README.md' }, globs));
    assert.ok(!isDraft({ languageId: 'plaintext', path: '/w/sutton.report.md' }, globs));
  });

  it('reads Windows paths too', () => {
    assert.ok(isDraft({ languageId: 'markdown', path: 'c:\\w\\sutton.report.md' }, ['**/*.report.md']));
  });
});
