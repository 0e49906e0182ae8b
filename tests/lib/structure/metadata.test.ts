import { describe, expect, it } from 'vitest'
import { findMetadata, yearOfTitle } from '../../../src/lib/structure/metadata/index.ts'
import { findSections } from '../../../src/lib/structure/sections.ts'
import { linesOf } from './lines.ts'

/** Metadata of a small report made of `head`, a section, and `tail`. */
function metadataOf(head: string[], tail: string[] = []) {
  const lines = linesOf([...head, '一、总体情况', '2021年，我乡认真贯彻落实条例。', '六、其他需要报告的事项', '无。', ...tail].join('\n'))
  return findMetadata(lines, findSections(lines))
}

describe('findMetadata', () => {
  it('keeps document numbers as written, whatever the brackets', () => {
    for (const number of [
      '东凤府发[2021]20号',
      '某政发〔2021〕3号',
      '某政发（2021）3号',
      '某政发【2021】3号',
      '某政发(2021)第3号',
      '某政发〔２０２１〕３号',
    ]) {
      expect(metadataOf(['某某乡人民政府文件', number, '某某乡2021年政府信息公开工作年度报告']).documentNumber, number).toBe(number)
    }
  })

  it('ignores a document number quoted in the narrative', () => {
    expect(
      metadataOf(['某某乡2021年政府信息公开工作年度报告', '根据国办公开办函〔2021〕30号要求，现将我乡年度报告公布如下。']).documentNumber,
    ).toBeNull()
  })

  it('takes the organ from a masthead, then a titled organ, then the signature, then the title as written', () => {
    expect(metadataOf(['某某街道办事处文件', '某某街道2021年政府信息公开工作年度报告']).organName).toBe('某某街道办事处')
    expect(metadataOf(['某某镇人民政府便函', '某某镇2021年政府信息公开工作年度报告']).organName).toBe('某某镇人民政府')
    expect(metadataOf(['某某街道办事处2021年政府信息公开工作年度报告']).organName).toBe('某某街道办事处')
    expect(metadataOf(['某某镇2021年政府信息公开工作年度报告'], ['某某镇人民政府', '2022年1月4日']).organName).toBe('某某镇人民政府')
    expect(metadataOf(['某某镇2021年政府信息公开工作年度报告'], ['某某镇党政综合办公室', '2022年1月4日印发']).organName).toBe('某某镇')
    expect(metadataOf(['某某镇2021年政府信息公开工作年度报告'], ['某某镇人民政府  2022年1月4日']).line.organName).toBe(6)
  })

  it('takes the last date line of the tail, not a date in the narrative', () => {
    const m = metadataOf(
      ['某某乡2021年政府信息公开工作年度报告'],
      ['2021年12月1日，我乡召开专题会议。', '某某乡人民政府', '2022年1月4日', '（此件公开发布）'],
    )
    expect([m.publishedOn, m.line.publishedOn]).toEqual(['2022-01-04', 8])
    expect(metadataOf(['某某乡2021年政府信息公开工作年度报告'], ['2022年2月30日']).publishedOn).toBeNull()
  })

  it('takes the report year from the title, not the publication year', () => {
    const m = metadataOf(['二〇二一年度某某乡政府信息公开工作年度报告'], ['2022年1月4日'])
    expect([m.year, m.publishedOn]).toEqual([2021, '2022-01-04'])
    expect([
      yearOfTitle('某某乡 2021 年政府信息公开工作年度报告'),
      yearOfTitle('某某乡政府信息公开工作2020年度报告'),
      yearOfTitle('某某乡政府信息公开工作年度报告'),
    ]).toEqual([2021, 2020, null])
  })

  it('does not take a narrative line mentioning 年度报告 for the title', () => {
    const m = metadataOf(['2020年，本乡政府信息公开工作年度报告根据《条例》编制，现予公布。'])
    expect([m.title, m.organName, m.year]).toEqual([null, null, null])
  })

  it('joins a title split over two lines and reports both lines', () => {
    const m = metadataOf(['吉尔格勒特郭楞蒙古民族乡', '', '政府信息公开工作2020年度报告'])
    expect(m).toMatchObject({
      title: '吉尔格勒特郭楞蒙古民族乡政府信息公开工作2020年度报告',
      organName: '吉尔格勒特郭楞蒙古民族乡',
      year: 2020,
    })
    expect(m.line).toMatchObject({ title: 1, organName: 1, year: 3 })
  })

  it('returns nulls for an empty report', () => {
    const m = findMetadata(linesOf(''), [])
    expect(m).toEqual({
      organName: null,
      title: null,
      year: null,
      publishedOn: null,
      documentNumber: null,
      line: { organName: null, title: null, year: null, publishedOn: null, documentNumber: null },
    })
  })
})

describe('findMetadata on less common headers', () => {
  it('takes the quoted title of a covering notice', () => {
    const m = metadataOf(['某某镇人民政府文件', '某政发〔2022〕2号', '关于印发《某某镇2021年政府信息公开工作年度报告》的通知'])
    expect(m).toMatchObject({
      title: '某某镇2021年政府信息公开工作年度报告',
      organName: '某某镇人民政府',
      year: 2021,
      documentNumber: '某政发〔2022〕2号',
    })
  })

  it('reads a year written with a mix of Chinese numerals and 0', () => {
    expect(yearOfTitle('某某乡二0二一年政府信息公开工作年度报告')).toBe(2021)
  })
})
