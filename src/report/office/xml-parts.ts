/**
 * The XML parts of a Word, PowerPoint or Excel file made well-formed whatever a name held. docx and pptxgenjs
 * write a character XML 1.0 forbids as it is: a control character that a YAML escape such as "\x01"
 * put in a name made Word and PowerPoint refuse the file or offer to repair it. Every text of a file,
 * its titles, table cells, chart labels and alt texts too, ends up in these parts, so they are mended
 * here, once, rather than wherever a text is handed to a library.
 */
import JSZip from 'jszip';
import { toXmlText } from '../xml-text.js';

/** Parts of the package that hold XML: the parts themselves and their relationships. */
const XML_PART = /\.(xml|rels)$/;

/**
 * Passes every XML part of `zip` through toXmlText (which also drops the bidi controls that would turn
 * the figures after a name around). Returns true when a part changed, so a file that needed nothing
 * need not be written anew.
 * @example if (await mendXmlParts(zip)) bytes = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' })
 */
export async function mendXmlParts(zip: JSZip): Promise<boolean> {
  let changed = false;
  for (const part of Object.values(zip.files)) {
    if (part.dir || !XML_PART.test(part.name)) continue;
    const xml = await part.async('string');
    const mended = toXmlText(xml);
    if (mended === xml) continue;
    zip.file(part.name, mended);
    changed = true;
  }
  return changed;
}

/**
 * The bytes of an Office file (pptx, xlsx) with its XML parts mended; the same bytes when no part
 * needed it.
 * @example const bytes = await mendOfficeFile(Buffer.from(await book.xlsx.writeBuffer()))
 */
export async function mendOfficeFile(bytes: Buffer): Promise<Buffer> {
  const zip = await JSZip.loadAsync(bytes);
  return (await mendXmlParts(zip)) ? zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }) : bytes;
}
