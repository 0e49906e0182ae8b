/** Site-wide constants shared by layouts, pages and tests. */
export const SITE_NAME = '政务公开年报门户'
export const SITE_DESCRIPTION = '汇集各级行政机关政府信息公开工作年度报告，提供统一的浏览、检索与数据核对。'
