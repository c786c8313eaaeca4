import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { attachmentDisposition } from './report.download.ts';

describe('attachmentDisposition', () => {
  it('names a plain file name as it is, in both parameters', () => {
    assert.equal(
      attachmentDisposition('tip-table_2020-01-01_2026-12-31_vi.xlsx'),
      `attachment; filename="tip-table_2020-01-01_2026-12-31_vi.xlsx"; filename*=UTF-8''tip-table_2020-01-01_2026-12-31_vi.xlsx`,
    );
  });

  it('keeps quotes, semicolons and non-ASCII out of the plain name and encodes them in the UTF-8 one', () => {
    const header = attachmentDisposition('báo cáo";x.pdf');
    assert.equal(
      header,
      `attachment; filename="b_o_c_o__x.pdf"; filename*=UTF-8''b%C3%A1o%20c%C3%A1o%22%3Bx.pdf`,
    );
  });

  it("encodes what RFC 8187 does not allow bare ('()*) and survives a lone surrogate", () => {
    assert.match(attachmentDisposition("o'brien (1)*.pdf"), /filename\*=UTF-8''o%27brien%20%281%29%2A\.pdf$/);
    assert.match(attachmentDisposition('a\ud800b.pdf'), /filename\*=UTF-8''a%EF%BF%BDb\.pdf$/);
  });
});
