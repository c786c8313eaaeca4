import { createRequire } from 'node:module';
import path from 'node:path';
import PDFDocument from 'pdfkit';
import { certificateWords } from './training.labels.ts';
import type { CertificateRow } from './training.repo.ts';

const require = createRequire(import.meta.url);
/** DejaVu Sans covers Vietnamese (and Malay and Indonesian); pdfkit's built-in fonts do not. */
const fontDir = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');
const regular = path.join(fontDir, 'DejaVuSans.ttf');
const bold = path.join(fontDir, 'DejaVuSans-Bold.ttf');

/**
 * The certificate as a one-page A4 landscape PDF, in the session's language with English below,
 * with the verification code and where to check it. Only what the public check also shows is printed.
 */
export function renderCertificate(certificate: CertificateRow, verifyUrl: string): Promise<Buffer> {
  const lang = certificate.language;
  const word = (key: keyof typeof certificateWords) =>
    lang === 'en' ? certificateWords[key].en : `${certificateWords[key][lang]} / ${certificateWords[key].en}`;
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'landscape',
    margin: 56,
    info: {
      Title: `${certificateWords.title.en} ${certificate.code}`,
      Author: certificate.issuing_agency_name,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('regular', regular);
  doc.registerFont('bold', bold);
  const width = doc.page.width - 112;
  doc
    .lineWidth(3)
    .rect(28, 28, doc.page.width - 56, doc.page.height - 56)
    .stroke('#1f4e79');
  doc.moveDown(2);
  doc.font('bold').fontSize(28).fillColor('#1f4e79').text(word('title'), { align: 'center', width });
  doc.moveDown(1.5);
  doc.font('regular').fontSize(14).fillColor('black').text(word('certifies'), { align: 'center', width });
  doc.moveDown(0.8);
  doc.font('bold').fontSize(26).text(certificate.holder_name, { align: 'center', width });
  doc.moveDown(0.8);
  doc.font('regular').fontSize(14).text(word('completed'), { align: 'center', width });
  doc.moveDown(0.6);
  doc.font('bold').fontSize(18).text(certificate.course_title, { align: 'center', width });
  doc.moveDown(1.2);
  doc
    .font('regular')
    .fontSize(12)
    .text(`${word('on')}: ${certificate.completed_on}`, { align: 'center', width });
  doc.text(`${word('issuedBy')}: ${certificate.issuing_agency_name}`, { align: 'center', width });
  doc.moveDown(2);
  doc
    .font('bold')
    .fontSize(13)
    .text(`${word('code')}: ${certificate.code}`, { align: 'center', width });
  doc
    .font('regular')
    .fontSize(10)
    .text(`${word('verify')} ${verifyUrl}`, { align: 'center', width });
  doc.end();
  return done;
}
