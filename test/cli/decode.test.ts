/**
 * Reading a draft's bytes: UTF-8 only, the byte-order mark set aside, CRLF
 * kept on the way back out.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { decode, encode } from '../../server/src/cli/decode';

const bytes = (s: string): Buffer => Buffer.from(s, 'utf8');

describe('decoding drafts', () => {
  it('sets a byte-order mark aside and puts it back', () => {
    const d = decode(bytes('\uFEFF# Title\n'));
    assert.ok(!('problem' in d));
    assert.deepEqual(d, { text: '# Title\n', bom: true, crlf: false });
    assert.deepEqual(encode(d.text, d), bytes('\uFEFF# Title\n'));
  });

  it('reads a CRLF file as LF and writes CRLF back', () => {
    const d = decode(bytes('a\r\nb\r\n'));
    assert.ok(!('problem' in d));
    assert.equal(d.text, 'a\nb\n');
    assert.equal(encode('a\nnew\nb\n', d).toString('utf8'), 'a\r\nnew\r\nb\r\n');
  });

  it('leaves mixed line endings as they are', () => {
    const d = decode(bytes('a\r\nb\nc\r\n'));
    assert.ok(!('problem' in d));
    assert.deepEqual(d, { text: 'a\r\nb\nc\r\n', bom: false, crlf: false });
  });

  it('leaves a lone CR as it is, with CRLF everywhere else: `\\r\\r\\n` is two line breaks, not one', () => {
    const d = decode(bytes('care leavers\r\r\nand\r\nmore\r\n'));
    assert.deepEqual(d, { text: 'care leavers\r\r\nand\r\nmore\r\n', bom: false, crlf: false });
    assert.deepEqual(encode('care leavers\r\r\nand\r\nmore\r\n', d), bytes('care leavers\r\r\nand\r\nmore\r\n'));
  });

  it('refuses NUL bytes, UTF-16 and invalid UTF-8, naming the line', () => {
    assert.deepEqual(decode(Buffer.from([0x61, 0x00])), { problem: 'binary file (holds NUL bytes); expected UTF-8 text' });
    assert.deepEqual(decode(Buffer.from('\uFEFFhi', 'utf16le')), { problem: 'UTF-16 text; expected UTF-8' });
    assert.deepEqual(decode(Buffer.concat([bytes('ok\nstill ok \u00e9\n'), Buffer.from([0xc3, 0x28])])), { problem: 'not valid UTF-8 text (line 3)' });
    assert.deepEqual(decode(Buffer.from([0xed, 0xa0, 0x80])), { problem: 'not valid UTF-8 text (line 1)' }, 'an encoded surrogate is not UTF-8');
  });

  it('gives back the same bytes for any text it accepts', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.boolean(), fc.boolean(), fc.boolean(), (s, bom, crlf, loneCr) => {
        // With or without lone CRs among the line breaks (the text is then kept as it is).
        const text = s.replace(/\0/g, '').replace(/\r/g, loneCr ? '\r' : '');
        const raw = bytes((bom ? '\uFEFF' : '') + (crlf ? text.replace(/\n/g, '\r\n') : text));
        const d = decode(raw);
        assert.ok(!('problem' in d));
        assert.deepEqual(encode(d.text, d), raw);
      }),
      { numRuns: 300, seed: 2017 },
    );
  });
});
