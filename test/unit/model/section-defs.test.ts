/**
 * Each heading names the profile's section by its title, among the sections it
 * may be where it nests (the profile's top level, or the children of its
 * parent's section). What a title names is remembered by where it nests, so a
 * title names one section in one profile and another, or none, in another,
 * and `Recommendations` under the board is the board's.
 */
import { strict as assert } from 'node:assert';
import { buildReport } from '../../../server/src/model/build';
import { flattenSections } from '../../../server/src/model/sections';
import type { Profile } from '../../../server/src/profiles/profile-types';
import { defaultProfile } from '../../../server/src/profiles/profiles';

const draft = ['# Somewhere', '', '## Recommendations', '', '1. Do better.', '', '## The Local Safeguarding Children Board (LSCB)', '', '### Recommendations', '', '2. Do more.', ''].join('\n');
const named = (profile: Profile) => flattenSections(buildReport(draft, profile).sections).map((s) => `${s.title}: ${s.profileId ?? '-'}`);

describe('the section each heading names', () => {
  it('is found among the sections where the heading nests', () => {
    assert.deepEqual(named(defaultProfile()), ['Recommendations: recommendations', 'The Local Safeguarding Children Board (LSCB): lscb', 'Recommendations: lscb-recommendations']);
  });

  it('is the section of the profile in use, whatever another profile named by the same title', () => {
    const base = defaultProfile();
    const renamed: Profile = {
      ...base,
      sections: base.sections.map((d) => (d.id === 'recommendations' ? { ...d, id: 'areas-for-improvement', title: 'Recommendations' } : d.id === 'lscb' ? { ...d, children: [] } : d)),
    };
    assert.deepEqual(named(renamed), ['Recommendations: areas-for-improvement', 'The Local Safeguarding Children Board (LSCB): lscb', 'Recommendations: -']);
    assert.deepEqual(named(base), ['Recommendations: recommendations', 'The Local Safeguarding Children Board (LSCB): lscb', 'Recommendations: lscb-recommendations']);
    assert.deepEqual(named(renamed), ['Recommendations: areas-for-improvement', 'The Local Safeguarding Children Board (LSCB): lscb', 'Recommendations: -']);
  });
});

describe('section titles published reports write otherwise', () => {
  const sectionOf = (heading: string, under = '') => {
    const text = ['# Somewhere', '', ...(under ? [under, ''] : []), heading, ''].join('\n');
    return flattenSections(buildReport(text, defaultProfile()).sections).map((s) => s.profileId ?? '-').pop();
  };
  const board = '## The Local Safeguarding Children Board (LSCB)';

  it('takes the board\'s findings however the board is named after `Inspection findings`', () => {
    for (const h of [
      '### Inspection findings – the Local Safeguarding Children Board',
      '### Inspection findings – Sutton Safeguarding Children Board',
      '### Inspection findings: the Local Safeguarding Children Board',
      '### Inspection findings of the Local Safeguarding Children Board',
      '### Inspection findings – Local Safeguarding Children Board',
      '### Inspection findings – the LSCB',
      '### Inspection findings – the KSCB',
      '### Inspection findings – the board',
    ]) {
      assert.equal(sectionOf(h, board), 'lscb-findings', h);
    }
    assert.equal(sectionOf('### Inspection findings – the local authority', board), '-');
  });

  it('takes a judged section written with `experience` for `experiences`', () => {
    assert.equal(sectionOf('## The experience and progress of children who need help and protection'), 'help-and-protection');
    assert.equal(sectionOf('## The experience and progress of children looked after and achieving permanence'), 'looked-after');
    assert.equal(sectionOf('## The experience and progress of children'), '-');
  });
});
