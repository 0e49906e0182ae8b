/** The reader of Word 97–2003 documents (`.doc`): paragraphs and table grids (see doc-content.ts). */
import type { Reader } from '../reader.ts'
import { readWord } from '../word/read-word.ts'

export const docReader: Reader = {
  name: 'doc',
  extensions: ['.doc'],
  read(bytes, file) {
    return readWord(bytes, file, 'doc')
  },
}
