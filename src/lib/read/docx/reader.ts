/** The reader of Word documents (`.docx`): the body's paragraphs and table grids (see docx-content.ts). */
import type { Reader } from '../reader.ts'
import { readWord } from '../word/read-word.ts'

export const docxReader: Reader = {
  name: 'docx',
  extensions: ['.docx'],
  read(bytes, file) {
    return readWord(bytes, file, 'docx')
  },
}
