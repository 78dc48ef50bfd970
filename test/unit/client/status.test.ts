/**
 * The language status item: which profile the draft is checked against and
 * how many problems it has.
 */
import { strict as assert } from 'node:assert';
import { frontMatterProfile, problemSummary, profileFor, statusText } from '../../../client/src/status';
import { corpus } from '../../helpers/drafts';

describe('language status', () => {
  it('reads the profile a draft names in its front matter', () => {
    assert.equal(frontMatterProfile(corpus('sutton-2017')), 'ofsted-sif-2016');
    assert.equal(frontMatterProfile('---\r\nprofile: "my-profile"  # ours\r\n---\r\n# T'), 'my-profile');
    assert.equal(frontMatterProfile('\uFEFF---\nauthority: X\n---\n'), undefined);
    assert.equal(frontMatterProfile('# No front matter\n\nprofile: x\n'), undefined);
  });

  it('prefers the setting, then the front matter, then the default profile', () => {
    const text = '---\nprofile: from-front-matter\n---\n';
    assert.deepEqual(profileFor('from-setting', text, 'default'), { id: 'from-setting', source: 'setting' });
    assert.deepEqual(profileFor('', text, 'default'), { id: 'from-front-matter', source: 'front matter' });
    assert.deepEqual(profileFor(' ', '# T', 'default'), { id: 'default', source: 'default' });
  });

  it('counts problems by severity', () => {
    assert.equal(problemSummary({ errors: 0, warnings: 0, infos: 0 }), 'No problems');
    assert.equal(problemSummary({ errors: 1, warnings: 2, infos: 0 }), '1 error, 2 warnings');
    assert.equal(problemSummary({ errors: 3, warnings: 1, infos: 4 }), '3 errors, 1 warning, 4 info');
    assert.deepEqual(statusText('my-profile', { errors: 2, warnings: 0, infos: 0 }), { text: 'Profile my-profile', detail: '2 errors' });
    assert.deepEqual(statusText('ofsted-sif-2016', { errors: 0, warnings: 1, infos: 0 }, 'Ofsted SIF'), { text: 'Profile ofsted-sif-2016', detail: 'Ofsted SIF · 1 warning' });
  });
});
