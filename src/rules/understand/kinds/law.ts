import type { Kind, KindWords } from "./kind.ts";

/**
 * What clients say to a law firm's practice groups: disputes and court, companies and deals,
 * intellectual property, employment, property, banking and capital markets, criminal defence.
 * The first three are a company's legal department's work too (`parent: "legal"`); the others
 * fall back to nothing, so a factory's callers who speak of landlords, loans or the police hear
 * none of it.
 */
export const LAW_KINDS = {
  litigation: {
    of: "company",
    names: {
      zh: "诉讼仲裁部|诉讼与仲裁部|诉讼仲裁|诉讼部|诉讼业务部|争议解决部|争议解决|争议解决中心|仲裁部|民商事诉讼部|商事诉讼部|诉讼中心",
      en: "litigation|litigation and arbitration|litigation department|dispute resolution|disputes|arbitration|commercial litigation|litigation group|disputes and litigation",
    },
    says: {
      zh: "!起诉|!诉讼|!官司|!打官司|!仲裁|告他|告他们|告对方|去告|能不能告|想告|开庭|庭审|出庭|判决|判决书|裁决|裁决书|执行|强制执行|申请执行|执行不了|!上诉|二审|再审|一审|应诉|被告|原告|被起诉|被告了|收到传票|传票|法院|立案|财产保全|诉前保全|冻结账户|欠钱不还|欠款不还|赖账|追债|讨债|要债|追讨|追回欠款|债务纠纷|合同纠纷|商业纠纷|纠纷|争议|违约|调解|和解|诉讼费|律师函|代理词|证据|举证|你们律师|你们的律师|贵所律师",
      en: "!sue|!suing|!sued|!lawsuit|!litigation|!arbitration|take them to court|court|court case|court hearing|judgment|judgement|enforce|enforcing|enforcement|!appeal|appeal the|summons|served with|writ|plaintiff|defendant|claimant|respondent|debt recovery|recover a debt|recover the debt|recover money|wont pay|refuse to pay|refuses to pay|dispute|commercial dispute|contract dispute|breach of contract|injunction|mediation|settlement|settle the case|statement of claim|evidence|lawyers letter|letter before action|demand letter|cease and desist|your lawyers|your attorneys|your solicitors",
    },
    parent: "legal",
    fallback: ["executive", "administration"],
  },
  corporate_law: {
    of: "company",
    names: {
      zh: "公司并购部|公司与并购部|公司业务部|公司商事部|公司法律部|并购部|投资并购部|公司证券部|非诉业务部|公司事务部|公司与商事部",
      en: "corporate and m and a|corporate and ma|corporate m and a|mergers and acquisitions|m and a|corporate and commercial|corporate law|corporate department|corporate group|commercial law",
    },
    says: {
      zh: "!并购|!收购|兼并|!尽职调查|!尽调|股权|股权转让|股权结构|股权激励|股东|股东协议|股东纠纷|增资|减资|投资协议|对赌|估值|公司设立|设立公司|注册公司|成立公司|开公司|开个公司|办公司|外资企业|外商独资|独资企业|WFOE|合资|合资公司|合资企业|代表处|VIE|公司章程|章程|公司治理|董事会决议|股东会|重组|并购重组|清算|注销公司|公司注销|合同审查|审合同|审个合同|看合同|起草合同|合同起草|合同模板|常年法律顾问|常年顾问|法律顾问|私募股权|风险投资|风投|天使投资|融资轮|投资人|出海|境外投资|外资公司|注册一家|公司注册|设立外资|帮忙设立|设立|新设公司|股份制改造|股改|合伙协议|合伙企业|有限合伙|公司架构|搭架构|海外架构|红筹|你们律师|你们的律师|贵所律师",
      en: "!merger|!mergers|!acquisition|!acquisitions|acquire|acquiring|takeover|!due diligence|shareholder|shareholders|shareholders agreement|shareholder agreement|share purchase|share transfer|equity|equity stake|stake|joint venture|jv|wfoe|foreign owned|representative office|incorporation|incorporate|set up a company|setting up a company|set up an entity|company formation|register a company|articles of association|corporate governance|board resolution|restructuring|reorganisation|reorganization|liquidation|wind up|dissolve the company|contract review|review a contract|review our contract|draft a contract|drafting a contract|investment agreement|term sheet|private equity|venture capital|investor|investors|funding round|series a|retainer|outside counsel|general counsel service|company registration|register a business|set up in china|setting up in china|enter the china market|entity in china|subsidiary|holding company|partnership agreement|corporate structure|company structure|share capital|capital increase|your lawyers|your attorneys|your solicitors",
    },
    parent: "legal",
    fallback: ["executive", "administration"],
  },
  ip_law: {
    of: "company",
    names: {
      zh: "知识产权部|知识产权|知识产权中心|知识产权事务部|知产部|知产|专利部|商标部|专利商标部|专利事务部|知识产权与科技部",
      en: "intellectual property|intellectual property department|ip department|ip team|ip group|patents|trademarks|patents and trademarks|trademarks and patents|patent department|trademark department|ip and technology",
    },
    says: {
      zh: "!商标|商标注册|注册商标|商标申请|申请商标|商标被抢注|抢注|商标异议|商标侵权|!专利|专利申请|申请专利|发明专利|实用新型|外观专利|外观设计|专利侵权|专利无效|!侵权|侵犯|仿冒|假冒|冒牌|假货|山寨|盗版|抄袭|抄了我们|著作权|版权|软著|软件著作权|商业秘密|域名|维权|打假|品牌保护|知识产权|知产|链接下架|投诉下架|平台投诉",
      en: "!trademark|!trademarks|register a trademark|trademark registration|trade mark|trade marks|!patent|!patents|patent application|patent infringement|!infringe|!infringing|!infringement|infringed|counterfeit|counterfeits|fake|fakes|fake versions|knock off|knock offs|knockoff|knockoffs|copycat|pirated|piracy|copyright|copied our|copying our|trade secret|trade secrets|domain name|brand protection|take down|takedown|intellectual property",
    },
    parent: "legal",
    fallback: ["executive", "administration"],
  },
  employment_law: {
    of: "company",
    names: {
      zh: "劳动人事组|劳动人事部|劳动法律部|劳动争议部|劳动与雇佣|劳动与雇佣部|劳动法|劳动法组|劳动法业务部|劳动人事法律部|劳动争议",
      en: "labour and employment|labor and employment|employment and labour|employment and labor|employment law|labour law|labor law|employment practice|employment group|employment department",
    },
    says: {
      zh: "劳动仲裁|劳动争议|劳动纠纷|被辞退|被开除|被炒|炒鱿鱼|辞退|开除|被裁|裁员|违法解除|违法辞退|无故辞退|解除劳动合同|经济补偿|补偿金|赔偿金|N加1|拖欠工资|欠薪|不发工资|工资不发|克扣工资|工伤|工伤认定|工伤赔偿|职业病|竞业限制|竞业协议|劳动合同纠纷|加班费|不给加班费|社保没交|没交社保|不交社保|员工手册|劳动法|劳动者|用人单位|劳务派遣|员工纠纷|员工告我们|员工仲裁|工资没发|没发工资|拖欠我工资|欠我工资|老板不发工资|公司不发工资|不给我发工资|公司拖欠|公司把我|单位把我|我的老板|劳动局|劳动监察|劳动仲裁委",
      en: "unfair dismissal|wrongful dismissal|wrongful termination|unfairly dismissed|dismissed|fired|got fired|was fired|sacked|laid off|layoff|layoffs|redundancy|redundancies|severance|severance pay|employment dispute|labour dispute|labor dispute|labour arbitration|labor arbitration|unpaid wages|unpaid salary|owed wages|overtime pay|work injury|workplace injury|injured at work|non compete|noncompete|discrimination|harassment at work|workplace harassment|employee handbook|employment law|labour law|labor law|employee is suing|staff dispute|my employer|my boss fired|my company fired|hasnt paid my salary|not paid my salary|havent been paid my salary|salary for two months|wages for|labour bureau|labor bureau|constructive dismissal|maternity discrimination|let go|without severance|no severance|fired without notice|dismissed without notice|let go without",
    },
    fallback: ["hr"],
  },
  real_estate_law: {
    of: "company",
    names: {
      zh: "房地产与建设工程部|房地产与建设工程|房地产与建筑工程部|房地产部|房地产业务部|房地产法律部|房地产与基础设施部|不动产部|房地产",
      en: "real estate and construction|real estate|real estate law|property law|property and construction|real estate department|construction and real estate|real estate and infrastructure",
    },
    says: {
      zh: "买房|卖房|房屋买卖|购房|购房合同|买卖合同纠纷|二手房|期房|现房|开发商|不交房|延期交房|逾期交房|迟迟不交房|烂尾|烂尾楼|退房|网签|过户|不给过户|房产证|办不下来房产证|产权|产权纠纷|租赁纠纷|房屋租赁纠纷|房东|押金不退|不退押金|拆迁|征收|拆迁补偿|征收补偿|工程款纠纷|拖欠工程款|建设工程合同|施工合同纠纷|工程纠纷|工程质量纠纷|土地|土地使用权|宅基地|物业纠纷|商铺纠纷",
      en: "property purchase|buying a flat|buying an apartment|buying a house|buying property|selling my house|selling my flat|purchase contract|property developer|the developer|delayed handover|late handover|off plan|title deed|property title|land use rights|land|landlord|lease dispute|tenancy dispute|eviction|evict|evicted|deposit back|wont return my deposit|construction dispute|construction contract|unpaid construction|construction payment|building defects|demolition|expropriation|relocation compensation|conveyancing",
    },
    fallback: [],
  },
  capital_markets: {
    of: "company",
    names: {
      zh: "金融与资本市场部|金融与资本市场|资本市场部|资本市场|银行与金融部|银行金融部|银行与融资部|金融证券部|证券与资本市场部|证券业务部|金融业务部|银行业务部|金融部",
      en: "banking and capital markets|banking and finance|banking|capital markets|finance and capital markets|banking and financial services|finance and projects",
    },
    says: {
      zh: "上市|IPO|首发|招股书|招股说明书|港股上市|美股上市|科创板|创业板|北交所|新三板|债券|发债|发行债券|公司债|企业债|银团贷款|银团|贷款协议|借款合同|融资|融资担保|担保|抵押|质押|信托|基金|私募基金|基金设立|基金备案|证券|证监会|交易所|问询函|信息披露|并购贷款|跨境融资|资产证券化|ABS|票据|银行贷款|放贷|贷款|不良资产",
      en: "ipo|listing|list on|go public|going public|prospectus|bond|bonds|bond issue|notes issue|syndicated loan|loan agreement|facility agreement|lender|lenders|borrower|loan|lending|financing|guarantee|mortgage|pledge|fund formation|fund|stock exchange|hong kong listing|star market|csrc|debt financing|structured finance|securitisation|securitization|local counsel|project finance|distressed debt|bank lending",
    },
    fallback: [],
  },
  criminal_defence: {
    of: "company",
    names: {
      zh: "刑事辩护部|刑事部|刑事业务部|刑辩部|刑事辩护|刑事法律部|刑事辩护中心|刑事合规部",
      en: "criminal defence|criminal defense|criminal|criminal law|white collar crime|criminal department|criminal defence group",
    },
    says: {
      zh: "!刑事|刑事案件|被抓|抓走了|被抓走|被拘留|拘留|刑拘|被刑拘|逮捕|被逮捕|批捕|看守所|派出所|公安|公安局|经侦|取保|取保候审|保释|会见当事人|会见嫌疑人|去看守所会见|见当事人|辩护|刑辩|判刑|坐牢|判几年|缓刑|减刑|经济犯罪|诈骗|涉嫌|嫌疑人|检察院|审查起诉|自首|醉驾|酒驾|盗窃|职务侵占|非法集资|传销|行贿|受贿|洗钱|走私",
      en: "arrested|arrest|detained|detention|detention centre|detention center|police|police station|in custody|custody|bail|criminal|criminal case|charged with|accused of|prosecutor|prosecution|procuratorate|fraud charges|drink driving|drunk driving|dui|jail|prison|sentence|sentenced|suspect|white collar|bribery|money laundering|smuggling|embezzlement",
    },
    fallback: [],
  },
} satisfies Partial<Record<Kind, KindWords>>;
