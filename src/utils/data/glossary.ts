/**
 * The glossary of the about page: what each row of tables 二, 三 and 四 means in plain Chinese,
 * and the article of 《中华人民共和国政府信息公开条例》(2019 revision) it comes from.
 * tests/utils/data/glossary.test.ts checks that every canonical row of labels.ts is explained.
 */
import type { TableKey } from '../../lib/template/tables.ts'

/** One glossary entry: one or more canonical rows explained together. */
export interface GlossaryEntry {
  /** Anchor id (ASCII). */
  id: string
  table: TableKey
  /** Heading for people. */
  term: string
  /** Canonical row labels (labels.ts) this entry explains. */
  rows: readonly string[]
  /** Plain-language meaning. */
  meaning: string
  /** 条例 articles, e.g. 第二十条第（一）项; empty when the row only comes from the template. */
  articles: readonly string[]
}

/** One article of the 条例 that the tables refer to, paraphrased. */
export interface ArticleNote {
  article: string
  summary: string
}

/** Table 二 (主动公开) entries. */
const proactive: GlossaryEntry[] = [
  {
    id: 'p-rules',
    table: 'proactive',
    term: '规章、规范性文件（2021 格式：行政规范性文件）',
    rows: ['规章', '规范性文件', '行政规范性文件'],
    articles: ['第二十条第（一）项'],
    meaning:
      '本机关制定并主动公开的规章和规范性文件的件数。2019 格式填“本年新制作数量、本年新公开数量、对外公开总数量”，2021 格式填“本年制发件数、本年废止件数、现行有效件数”。乡镇人民政府没有规章制定权，“规章”一行通常为 0。',
  },
  {
    id: 'p-licence',
    table: 'proactive',
    term: '行政许可',
    rows: ['行政许可'],
    articles: ['第二十条第（五）项'],
    meaning:
      '办理行政许可的依据、条件、程序和办理结果。2019 格式填许可事项的项目数量（上一年数量、本年增减）和处理决定数量，2021 格式只填本年处理决定数量。',
  },
  {
    id: 'p-services',
    table: 'proactive',
    term: '其他对外管理服务事项（仅 2019 格式）',
    rows: ['其他对外管理服务事项'],
    articles: ['第二十条第（五）项'],
    meaning: '行政许可以外、面向公众办理的管理服务事项（如备案、给付、确认等）的项目数量和处理决定数量。2021 格式已删去此行。',
  },
  {
    id: 'p-penalty',
    table: 'proactive',
    term: '行政处罚、行政强制',
    rows: ['行政处罚', '行政强制'],
    articles: ['第二十条第（六）项'],
    meaning:
      '实施行政处罚、行政强制的依据、条件、程序，以及有一定社会影响的处罚决定。2019 格式填事项数量和处理决定数量，2021 格式只填本年处理决定数量。',
  },
  {
    id: 'p-fees',
    table: 'proactive',
    term: '行政事业性收费',
    rows: ['行政事业性收费'],
    articles: ['第二十条第（八）项'],
    meaning:
      '行政事业性收费的项目及其依据、标准。2019 格式填收费项目数量及增减，2021 格式填本年收费金额（单位：万元）。金额按原文单位记录，不做换算。',
  },
  {
    id: 'p-procurement',
    table: 'proactive',
    term: '政府集中采购（仅 2019 格式）',
    rows: ['政府集中采购'],
    articles: ['第二十条第（九）项'],
    meaning: '政府集中采购项目的数量和采购总金额。2021 格式已删去此行。',
  },
]

/** Table 三 (依申请公开) entries. */
const requests: GlossaryEntry[] = [
  {
    id: 'r-new',
    table: 'requests',
    term: '一、本年新收政府信息公开申请数量',
    rows: ['本年新收政府信息公开申请数量'],
    articles: ['第二十七条'],
    meaning:
      '本年度收到的公民、法人或者其他组织申请获取政府信息的申请件数，按申请人类型分列：自然人，法人或其他组织（商业企业、科研机构、社会公益组织、法律服务机构、其他），以及总计。',
  },
  {
    id: 'r-carried-in',
    table: 'requests',
    term: '二、上年结转政府信息公开申请数量',
    rows: ['上年结转政府信息公开申请数量'],
    articles: ['第三十三条'],
    meaning: '上一年度收到、跨年仍在答复期限内、转入本年度办理的申请。应等于上一年度报告中的“结转下年度继续办理”。',
  },
  {
    id: 'r-open',
    table: 'requests',
    term: '（一）予以公开',
    rows: ['予以公开'],
    articles: ['第三十六条第（一）（二）项'],
    meaning: '申请的信息已主动公开或可以公开，向申请人提供或告知获取方式的申请件数。',
  },
  {
    id: 'r-partial',
    table: 'requests',
    term: '（二）部分公开',
    rows: ['部分公开'],
    articles: ['第三十六条', '第三十七条'],
    meaning:
      '申请的信息中有不应公开的内容，但能够作区分处理，只提供可以公开部分的申请件数。作了区分处理的，只计入这一项，不再计入其他情形。',
  },
  {
    id: 'r-secret',
    table: 'requests',
    term: '（三）不予公开：属于国家秘密、其他法律行政法规禁止公开、危及“三安全一稳定”',
    rows: ['属于国家秘密', '其他法律行政法规禁止公开', '危及“三安全一稳定”'],
    articles: ['第十四条', '第三十六条第（三）项'],
    meaning:
      '依法确定为国家秘密、法律行政法规禁止公开，或公开后可能危及国家安全、公共安全、经济安全、社会稳定（“三安全一稳定”）的信息，不予公开。',
  },
  {
    id: 'r-third-party',
    table: 'requests',
    term: '（三）不予公开：保护第三方合法权益',
    rows: ['保护第三方合法权益'],
    articles: ['第十五条', '第三十六条第（三）项'],
    meaning: '涉及商业秘密、个人隐私等，公开会损害第三方合法权益的信息（第三方同意或不公开会严重影响公共利益的除外）。',
  },
  {
    id: 'r-internal',
    table: 'requests',
    term: '（三）不予公开：三类内部事务信息、四类过程性信息、行政执法案卷',
    rows: ['属于三类内部事务信息', '属于四类过程性信息', '属于行政执法案卷'],
    articles: ['第十六条', '第三十六条第（三）项'],
    meaning:
      '人事管理、后勤管理、内部工作流程三类内部事务信息；讨论记录、过程稿、磋商信函、请示报告四类过程性信息；以及行政执法案卷信息，可以不予公开。',
  },
  {
    id: 'r-query',
    table: 'requests',
    term: '（三）不予公开：属于行政查询事项',
    rows: ['属于行政查询事项'],
    articles: ['第三十六条第（七）项'],
    meaning: '申请的信息属于工商、不动产登记资料等，有关法律、行政法规对获取方式另有规定，应按查询程序办理，不作为政府信息公开处理。',
  },
  {
    id: 'r-not-held',
    table: 'requests',
    term: '（四）无法提供：本机关不掌握相关政府信息',
    rows: ['本机关不掌握相关政府信息'],
    articles: ['第三十六条第（四）（五）项'],
    meaning: '经检索没有所申请的信息，或该信息不属于本机关负责公开。',
  },
  {
    id: 'r-not-ready',
    table: 'requests',
    term: '（四）无法提供：没有现成信息需要另行制作',
    rows: ['没有现成信息需要另行制作'],
    articles: ['第三十八条'],
    meaning: '申请需要对现有信息进行加工、分析才能提供，行政机关可以不予提供。',
  },
  {
    id: 'r-unclear',
    table: 'requests',
    term: '（四）无法提供：补正后申请内容仍不明确',
    rows: ['补正后申请内容仍不明确'],
    articles: ['第三十条'],
    meaning: '申请内容不明确，行政机关已告知申请人补正，补正后仍无法确定申请的是什么信息。',
  },
  {
    id: 'r-petition',
    table: 'requests',
    term: '（五）不予处理：信访举报投诉类申请、要求提供公开出版物',
    rows: ['信访举报投诉类申请', '要求提供公开出版物'],
    articles: ['第三十九条'],
    meaning:
      '以申请公开信息的形式进行信访、投诉、举报，或者要求提供政府公报、报刊、书籍等公开出版物：不作为政府信息公开申请处理，告知相应渠道或获取途径。',
  },
  {
    id: 'r-repeat',
    table: 'requests',
    term: '（五）不予处理：重复申请',
    rows: ['重复申请'],
    articles: ['第三十六条第（六）项'],
    meaning: '已就申请作出答复后，申请人重复申请公开相同信息。',
  },
  {
    id: 'r-excessive',
    table: 'requests',
    term: '（五）不予处理：无正当理由大量反复申请',
    rows: ['无正当理由大量反复申请'],
    articles: ['第三十五条'],
    meaning: '申请的数量、频次明显超过合理范围，且申请人说明的理由不合理。',
  },
  {
    id: 'r-reissue',
    table: 'requests',
    term: '（五）不予处理：要求行政机关确认或重新出具已获取信息',
    rows: ['要求行政机关确认或重新出具已获取信息'],
    articles: [],
    meaning: '申请人要求确认已获取信息的真伪，或要求重新出具已经取得的信息。这是年度报告格式列出的情形。',
  },
  {
    id: 'r-other-2019',
    table: 'requests',
    term: '（六）其他处理（2019 格式）',
    rows: ['其他处理'],
    articles: [],
    meaning: '不属于以上各项的处理结果。2019 格式只有这一行；2021 格式把它细分为下面三行。',
  },
  {
    id: 'r-no-correction',
    table: 'requests',
    term: '（六）其他处理：申请人无正当理由逾期不补正（2021 格式）',
    rows: ['申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请'],
    articles: ['第三十条'],
    meaning: '告知补正后，申请人无正当理由逾期不补正，视为放弃申请，行政机关不再处理。',
  },
  {
    id: 'r-unpaid',
    table: 'requests',
    term: '（六）其他处理：申请人逾期未缴纳费用（2021 格式）',
    rows: ['申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请'],
    articles: ['第四十二条'],
    meaning:
      '申请数量、频次明显超过合理范围而收取信息处理费，申请人逾期未按收费通知缴费，行政机关不再处理。信息处理费的收取情况在报告第六部分说明。',
  },
  {
    id: 'r-other-2021',
    table: 'requests',
    term: '（六）其他处理：其他（2021 格式）',
    rows: ['其他'],
    articles: [],
    meaning: '不属于以上各项的其他处理结果。',
  },
  {
    id: 'r-total',
    table: 'requests',
    term: '（七）总计',
    rows: ['总计'],
    articles: ['第三十六条'],
    meaning: '本年度办理完毕的申请总数，等于（一）至（六）各项之和。',
  },
  {
    id: 'r-carried-out',
    table: 'requests',
    term: '四、结转下年度继续办理',
    rows: ['结转下年度继续办理'],
    articles: ['第三十三条'],
    meaning: '年底仍在答复期限内（一般为收到申请后 20 个工作日，经批准可再延长不超过 20 个工作日）、转入下一年度办理的申请。',
  },
]

/** Table 四 (行政复议、行政诉讼) entries. */
const appeals: GlossaryEntry[] = [
  {
    id: 'a-review',
    table: 'appeals',
    term: '行政复议',
    rows: ['行政复议'],
    articles: ['第五十一条'],
    meaning: '因政府信息公开工作被申请行政复议的件数，按结果分列：结果维持、结果纠正、其他结果、尚未审结，以及总计。',
  },
  {
    id: 'a-direct',
    table: 'appeals',
    term: '行政诉讼：未经复议直接起诉',
    rows: ['未经复议直接起诉'],
    articles: ['第五十一条'],
    meaning: '申请人没有经过行政复议、直接向人民法院提起行政诉讼的件数，分列同上。',
  },
  {
    id: 'a-after',
    table: 'appeals',
    term: '行政诉讼：复议后起诉',
    rows: ['复议后起诉'],
    articles: ['第五十一条'],
    meaning: '经过行政复议后又提起行政诉讼的件数，分列同上。',
  },
]

/** Every entry, table by table in template order. */
export const glossary: readonly GlossaryEntry[] = [...proactive, ...requests, ...appeals]

/** A column explained. */
export interface ColumnNote {
  term: string
  meaning: string
}

/** The columns of each table, explained (table 二's columns are explained with its rows). */
export const columnNotes: Readonly<Record<TableKey, readonly ColumnNote[]>> = {
  proactive: [],
  requests: [
    { term: '自然人', meaning: '以个人名义提出申请的公民。' },
    { term: '法人或其他组织', meaning: '分为商业企业、科研机构、社会公益组织、法律服务机构和其他五列。' },
    { term: '总计（表三）', meaning: '自然人与五类法人或其他组织之和。' },
  ],
  appeals: [
    { term: '结果维持', meaning: '复议机关或法院维持了行政机关的做法。' },
    { term: '结果纠正', meaning: '复议机关或法院撤销、变更或确认违法，纠正了行政机关的做法。' },
    { term: '其他结果', meaning: '驳回、终止、申请人撤回等其他结果。' },
    { term: '尚未审结', meaning: '到年底还没有作出复议决定或判决。' },
    { term: '总计（表四）', meaning: '结果维持、结果纠正、其他结果、尚未审结之和。' },
  ],
}

/** The 条例 articles the annual report refers to, paraphrased in plain words. */
export const articleNotes: readonly ArticleNote[] = [
  {
    article: '第十四条',
    summary: '国家秘密、法律行政法规禁止公开的信息，以及公开后可能危及国家安全、公共安全、经济安全、社会稳定的信息，不予公开。',
  },
  {
    article: '第十五条',
    summary: '涉及商业秘密、个人隐私等、公开会损害第三方合法权益的信息，不得公开；第三方同意或不公开会对公共利益造成重大影响的除外。',
  },
  { article: '第十六条', summary: '内部事务信息和过程性信息、行政执法案卷信息，可以不予公开。' },
  {
    article: '第二十条',
    summary: '行政机关应当主动公开的信息，共十五项。年度报告表二统计其中第（一）（五）（六）（八）项，2019 格式还统计第（九）项。',
  },
  { article: '第二十七条', summary: '公民、法人或者其他组织可以向行政机关申请获取政府信息。' },
  { article: '第三十条', summary: '申请内容不明确的，行政机关应在 7 个工作日内一次性告知补正；无正当理由逾期不补正的，视为放弃申请。' },
  {
    article: '第三十三条',
    summary: '能当场答复的当场答复；不能当场答复的，自收到申请之日起 20 个工作日内答复，经批准可延长不超过 20 个工作日。',
  },
  { article: '第三十五条', summary: '申请数量、频次明显超过合理范围的，可要求说明理由；理由不合理的，告知不予处理。' },
  {
    article: '第三十六条',
    summary:
      '对申请分别作出答复：已主动公开或可以公开的予以提供，依法不予公开的说明理由，信息不存在或不属本机关负责的告知申请人，重复申请不予重复处理，另有特别规定的按规定办理。',
  },
  { article: '第三十七条', summary: '申请的信息能够作区分处理的，提供可以公开的部分，并对不予公开的部分说明理由。' },
  { article: '第三十八条', summary: '提供的应是已制作或获取的信息；需要加工、分析的，可以不予提供。' },
  { article: '第三十九条', summary: '以申请形式进行信访、投诉、举报的，不作为公开申请处理；要求提供公开出版物的，可告知获取途径。' },
  { article: '第四十二条', summary: '依申请提供信息不收费；但申请数量、频次明显超过合理范围的，可以收取信息处理费。' },
  {
    article: '第四十九条',
    summary:
      '县级以上人民政府部门应在每年 1 月 31 日前提交并公布上一年度的年度报告；县级以上地方人民政府的年度报告在每年 3 月 31 日前公布。',
  },
  {
    article: '第五十条',
    summary:
      '年度报告应包括主动公开情况、收到和处理申请情况、被申请行政复议和提起行政诉讼情况、存在的主要问题及改进情况、其他需要报告的事项；统一格式由全国政府信息公开工作主管部门公布。',
  },
  {
    article: '第五十一条',
    summary: '认为行政机关在政府信息公开工作中侵犯其合法权益的，可以投诉、举报，也可以依法申请行政复议或提起行政诉讼。',
  },
]
