import type { Kind, KindWords } from "./kind.ts";

/**
 * What account holders, borrowers, card holders, investors, businesses and people who have been
 * defrauded say to a bank's departments: the branch counters and accounts, personal loans and
 * mortgages, credit cards, wealth management, corporate and small-business banking, international
 * business and foreign exchange, e-banking and card and account security. Where a bank has no
 * such department its callers go to the branch counters, which do most of this work; none falls
 * back to another trade's departments, so only a directory with a bank's departments hears these.
 * A developer's mortgage desk is of `mortgages` too.
 */
export const BANKING_KINDS = {
  retail_banking: {
    of: "company",
    names: {
      zh: "个人金融部|个人金融业务部|个人金融中心|零售银行部|零售业务部|零售金融部|零售银行|个人银行部|个人客户部|个人业务部|个人业务中心|营业网点|银行网点|支行|分理处|储蓄所|储蓄部|柜面|柜面服务|柜面业务|综合柜台|个人柜台|现金柜台|营业大厅|营业室|网点服务|开户服务",
      en: "retail banking|personal banking|personal banking services|branch banking|branch services|branch counter|counter services|teller services|tellers|personal accounts|accounts and deposits|deposits and accounts|everyday banking|account services|main branch|sub-branch|sub branch|banking hall",
    },
    says: {
      zh: "开户|开个户|开个账户|开账户|办卡|办张卡|办一张卡|办银行卡|办张银行卡|办储蓄卡|储蓄卡|借记卡|银行卡|工资卡|社保卡|存折|一类卡|二类卡|一类户|二类户|销户|注销银行卡|注销这张卡|销卡|补卡|补办银行卡|换卡|换新卡|卡过期|卡到期|卡消磁|芯片卡|磁条卡|吞卡|卡被吞|卡被吞了|取款机|存款机|柜员机|ATM|存钱|取钱|存款|取款|取现|大额取现|预约取现|取大额|现金|零钱|换零钱|兑换零钱|硬币|残币|破损的钱|残缺人民币|假币|新钱|新币|纪念币|纪念钞|定期|活期|定期存款|活期存款|整存整取|零存整取|存定期|存款利率|利息|利息多少|转账|转账没到账|转错账|转错了|汇款没到|跨行转账|跨行|手续费|年费|小额账户管理费|账户管理费|忘记密码|密码忘了|密码锁了|密码错了|重置密码|改密码|修改密码|取款密码|查询密码|不动户|久悬户|睡眠户|激活账户|流水|打流水|银行流水|交易明细|明细|存款证明|资信证明|余额|查余额|余额不对|钱少了|柜台|网点|排队|取号|营业时间|几点开门|几点关门|周末营业|保管箱|保险箱|养老金|退休金|代扣|代缴|身份证过期|身份证到期|更新身份证|更新证件|预留手机号|改预留手机号|开户行|支行名称|联行号|行号|代办|委托办理|帮我妈办|帮老人办|老人办卡|去世|过世|继承|账户继承|存款继承|存款保险",
      en: "open an account|open a bank account|open a savings account|new account|bank account|savings account|current account|checking account|debit card|bank card|atm card|close my account|close the account|closing my account|passbook|bank book|cash machine|cashpoint|swallowed my card|ate my card|kept my card|card retained|deposit|deposit money|withdraw|withdrawal|withdraw cash|cash withdrawal|large withdrawal|large cash withdrawal|coins|change for|small notes|damaged notes|damaged banknote|counterfeit|fixed deposit|time deposit|term deposit|savings|interest|interest rate|savings rate|transfer money|money transfer|transfer to another bank|transferred to the wrong account|wrong account|sent money|forgot my pin|forgotten my pin|pin locked|reset my pin|change my pin|new pin|dormant account|account balance|my balance|balance|bank statement|statements|proof of funds|bank reference|reference letter|branch|counter|queue|opening hours|open on saturday|safe deposit box|safety deposit box|salary account|pension|update my id|expired id|id expired|registered mobile number|change my phone number|passed away|deceased|estate|inheritance|power of attorney|on behalf of my mother|on behalf of my father|salary card|payroll card|card expired|card has expired|expired card|replacement card|new bank card",
    },
    fallback: [],
  },
  personal_loans: {
    of: "company",
    names: {
      zh: "个人贷款部|个人贷款中心|个人贷款业务部|个贷中心|个贷部|个人信贷部|个人信贷中心|消费信贷部|消费金融部|消费贷款中心|零售信贷部|零售信贷中心|贷款中心|贷款部|贷款服务中心|信贷部|信贷中心|个人信贷业务部",
      en: "personal loans|loans|lending|personal lending|consumer lending|consumer loans|consumer credit|retail lending|retail credit|loan centre|loan center|loans department|lending centre|loan services",
    },
    says: {
      zh: "贷款|贷个款|贷点款|借钱|借点钱|借款|个人贷款|个贷|消费贷|消费贷款|信用贷|信用贷款|装修贷|装修贷款|车贷|汽车贷款|买车贷款|教育贷款|助学贷款|留学贷款|抵押贷款|抵押贷|房产抵押|房子抵押|质押贷款|存单质押|贷款额度|能贷多少|能借多少|贷款利率|利率多少|年化|申请贷款|贷款申请|贷款审批|审批进度|审批结果|审批没过|贷款被拒|放款|放款了吗|什么时候放款|还没放款|还款|还贷|月供|提前还款|提前还|结清|贷款结清|结清证明|还款计划|还款日|扣款失败|没扣款|逾期|逾期了|罚息|展期|延期还款|征信|征信报告|征信记录|征信异议|征信不好|征信有问题|收入证明|担保人|共同借款人|贷款合同|贷款资料|贷款材料",
      en: "borrow|borrow money|car loan|auto loan|student loan|education loan|renovation loan|secured loan|unsecured loan|loan application|apply for a loan|loan approval|loan approved|loan rejected|loan declined|loan status|disbursement|disbursed|drawdown|repay|repayment|monthly repayment|early repayment|repay early|pay off the loan|pay off my loan|paid off|settle the loan|loan settlement|settlement letter|arrears|missed a payment|penalty interest|credit report|credit record|credit score|credit history|guarantor|co-borrower|collateral|loan contract|loan agreement|loan interest|how much can i borrow",
    },
    fallback: ["retail_banking"],
  },
  mortgages: {
    of: "company",
    names: {
      zh: "住房贷款中心|住房贷款部|个人住房贷款中心|个人住房贷款部|住房金融部|住房金融中心|房贷中心|房贷部|按揭中心|按揭部|按揭服务中心|按揭办|按揭专窗|按揭组|银行按揭|住房按揭部|按揭贷款部|贷款按揭部|按揭服务部|按揭室",
      en: "mortgages|mortgage centre|mortgage center|mortgage department|mortgage services|mortgage desk|mortgage team|mortgage office|home loans|home loan centre|home loan center|housing loans|home finance",
    },
    says: {
      zh: "房贷|房屋贷款|住房贷款|买房贷款|按揭|按揭贷款|办按揭|做按揭|按揭进度|按揭手续|按揭资料|按揭材料|首付比例|首套|二套|首套房|二套房|公积金贷款|公积金贷|组合贷|商贷|商业贷款|LPR|利率转换|重定价|转按揭|转贷|加按|二手房贷款|新房贷款|他项权证|抵押注销|解押|解抵押|房屋评估|评估价|贷款年限|贷款期限|等额本息|等额本金|房贷利率|房贷提前还款|提前还房贷|缩短年限|减少月供|房贷审批|房贷放款|面签|批贷|批贷函|审批函|银行面签|贷款面签|放款进度|银行放款|银行批了没|刚买房|买了房|买了套房|买的房|组合贷款|公积金组合贷|换一家银行|换家银行|换个银行|换银行贷款",
      en: "mortgage application|mortgage approval|mortgage offer|remortgage|refinance|refinancing|mortgage rate|mortgage payment|mortgage repayment|mortgage interest|first home|second home|provident fund loan|housing provident fund|mortgage release|discharge of mortgage|release the mortgage|lien|property valuation|valuation|mortgage term|fixed rate|variable rate|loan to value|pay off my mortgage|overpay my mortgage|loan signing|bank approval",
    },
    parent: "personal_loans",
    fallback: ["retail_banking", "home_sales"],
  },
  credit_cards: {
    of: "company",
    names: {
      zh: "信用卡中心|信用卡部|信用卡事业部|信用卡服务中心|信用卡业务部|信用卡分中心|信用卡客服|银行卡部|银行卡中心|银行卡业务部",
      en: "credit cards|credit card centre|credit card center|credit card services|credit card department|card services|credit card and payments|cards and payments",
    },
    says: {
      zh: "信用卡|申请信用卡|办信用卡|办张信用卡|信用卡申请|信用卡审批|信用卡进度|信用卡激活|激活信用卡|信用卡开卡|卡片激活|额度|信用额度|提额|提高额度|调额|临时额度|降额|额度被降|额度降了|信用卡账单|账单日|最低还款|全额还款|信用卡还款|还信用卡|分期|账单分期|现金分期|分期手续费|分期利息|信用卡取现|预借现金|免年费|年费怎么收|信用卡年费|积分|积分兑换|里程|信用卡逾期|滞纳金|循环利息|信用卡副卡|附属卡|注销信用卡|信用卡注销|信用卡销卡|卡没收到|信用卡没收到|寄卡|溢缴款|自动还款|还款失败|白金卡|金卡|联名卡|信用卡账单不对|信用卡账单有问题|信用卡扣了两次|信用卡重复扣款|信用卡多扣",
      en: "apply for a credit card|credit card application|new credit card|activate my card|activate the card|activate my credit card|card activation|credit limit|limit increase|increase my limit|raise my limit|higher limit|temporary limit|credit card bill|credit card statement|card statement|statement date|payment due date|minimum payment|minimum repayment|pay my credit card|credit card payment|pay off my card|instalment plan|installment plan|pay in instalments|pay in installments|balance transfer|cash advance|annual fee|reward points|points|air miles|late fee|late payment fee|supplementary card|additional card|card not received|not received my card|haven't received my card|cancel my credit card|overpayment|autopay|platinum card|gold card|my credit card bill|credit card bill is wrong|card bill is wrong|charged twice on my card|charged twice on my credit card|double charged on my card",
    },
    fallback: ["retail_banking"],
  },
  wealth_management: {
    of: "company",
    names: {
      zh: "财富管理部|财富管理中心|财富中心|理财中心|理财部|个人理财部|理财服务中心|贵宾理财中心|贵宾理财|贵宾中心|私人银行部|私人银行中心|私人银行|私行中心|投资理财部|财富管理与私人银行部",
      en: "wealth management|wealth|wealth centre|wealth center|wealth management centre|private banking|priority banking|premier banking|vip banking|investment services|investments|wealth and investments|financial planning",
    },
    says: {
      zh: "理财|理财产品|买理财|买点理财|理财经理|基金|买基金|基金定投|定投|赎回|申购|净值|收益|收益率|预期收益|亏损|亏了钱|理财亏了|基金亏了|本金|保本|风险等级|风险测评|风险评估|风评|大额存单|结构性存款|国债|储蓄国债|凭证式国债|电子式国债|黄金|积存金|金条|纪念金|贵金属|代销保险|年金险|增额寿|分红险|信托|家族信托|资管|私募|私行|贵宾|贵宾卡|钻石卡|资产配置|养老理财|理财到期|产品到期|投资",
      en: "invest|fund|mutual fund|unit trust|buy funds|redeem|redemption|returns|yield|net asset value|nav|principal|capital guaranteed|risk assessment|risk profile|risk rating|large deposit|certificate of deposit|structured deposit|treasury bonds|government bonds|savings bonds|bonds|gold|gold bar|precious metals|annuity|premier|relationship manager|financial advisor|financial adviser|portfolio|asset allocation|trust|family trust|lost money",
    },
    fallback: ["retail_banking"],
  },
  corporate_banking: {
    of: "company",
    names: {
      zh: "公司业务部|公司金融部|公司金融业务部|公司银行部|公司业务中心|公司客户部|对公业务部|对公业务中心|对公业务|对公柜台|对公服务|企业金融部|企业金融业务部|企业金融中心|企业银行部|机构金融部|机构业务部|交易银行部|投资银行部|公司部",
      en: "corporate banking|business banking|commercial banking|corporate clients|corporate customers|business customers|transaction banking|institutional banking|corporate and institutional banking|corporate accounts|business accounts|corporate banking services|business centre for companies",
    },
    says: {
      zh: "对公|对公账户|对公开户|公司开户|企业开户|公司账户|企业账户|单位账户|基本户|基本账户|基本存款账户|一般户|一般账户|专用账户|验资|验资户|对公转账|企业网银|企业网上银行|企业手机银行|企业U盾|银企对账|对公对账单|回单|电子回单|代发工资|代发|批量代发|公司贷款|企业贷款|流动资金贷款|流贷|项目贷款|固定资产贷款|银行承兑汇票|承兑汇票|银承|承兑|票据|贴现|票据贴现|商票|保函|投标保函|履约保函|预付款保函|授信|综合授信|授信额度|资金监管|监管账户|现金管理|资金池|供应链金融|应收账款融资|保理|并购贷款|银团|单位结算卡|法人变更|变更法人|预留印鉴|变更印鉴|印鉴卡|财务章|开户许可证|~我们公司|~我们单位|~我们企业|法人变了|换法人|工商变更|营业执照变更|公司名称变更|公司改名",
      en: "company account|open a business account|open a company account|open an account for my company|open an account for our company|basic account|company bank account|payroll service|payroll|bulk payment|corporate internet banking|corporate online banking|business online banking|corporate loan|business loan|working capital|working capital loan|project finance|term loan|credit facility|credit line|bankers acceptance|bank acceptance|acceptance bill|bill discounting|discounting|bank guarantee|performance guarantee|bid bond|letter of guarantee|cash management|cash pooling|supply chain finance|factoring|receivables financing|syndicated loan|escrow|escrow account|authorised signatory|authorized signatory|company seal|specimen signature|legal representative|~our company|~our business|~our firm",
    },
    fallback: ["retail_banking"],
  },
  sme_banking: {
    of: "company",
    names: {
      zh: "普惠金融部|普惠金融事业部|普惠金融中心|普惠金融服务中心|普惠业务部|普惠部|小微企业金融部|小微企业金融服务中心|小微金融部|小微金融中心|小企业金融部|小企业金融服务中心|小企业业务部|小微企业服务中心|小微业务部|小微企业部",
      en: "sme banking|small business banking|small business|small business centre|inclusive finance|inclusive finance department|inclusive banking|sme|sme centre|sme center|small and micro business|micro business|micro enterprise",
    },
    says: {
      zh: "普惠|普惠贷款|普惠金融|小微|小微企业|小微贷款|小企业贷款|个体户|个体工商户|经营贷|经营贷款|经营性贷款|生意贷|商户贷|税贷|发票贷|创业贷|创业担保贷款|抵押经营贷|科技贷|开店|开店贷款|做生意|流水贷|商户收款|收款码|商户收单|收单|POS机|刷卡机|聚合支付|小店|开了个店|开饭店|开餐馆|开超市|开小店|小老板|做小生意|小公司|小厂|门面|门店|营业执照贷款|用营业执照|凭营业执照|小生意|小本生意|刚拿到营业执照|营业执照刚|营业执照办下来|合作社|农民专业合作社|家庭农场|农户|农户贷款|涉农贷款|种植|养殖",
      en: "small business loan|sme loan|micro loan|microloan|microfinance|sole trader|self employed|my shop|my restaurant|my small business|my own business|run a shop|merchant|merchant services|merchant account|card terminal|pos terminal|card machine|pos machine|payment terminal|qr code payments|acquiring|start up loan|startup loan|business owner|small shop|small restaurant|small company|small firm|small factory|shopkeeper|shop owner|market stall|farm|farmer|farmers|cooperative|co-op|agricultural loan",
    },
    parent: "corporate_banking",
    fallback: ["personal_loans", "retail_banking"],
  },
  international_banking: {
    of: "company",
    names: {
      zh: "国际结算部|国际结算中心|国际业务中心|国际金融部|外汇业务部|外汇业务中心|外汇中心|外汇部|外汇兑换|外币兑换|外币兑换处|贸易金融部|国际贸易融资部|国际业务与外汇部|跨境金融部|跨境业务部|跨境金融中心",
      en: "international banking|international settlement|foreign exchange|forex|currency exchange|trade finance|international payments|international business and foreign exchange|cross border banking|global transaction services|fx desk",
    },
    says: {
      zh: "外汇|换汇|换外币|兑换外币|购汇|结汇|换美元|换欧元|换日元|换港币|换英镑|美元|欧元|日元|港币|英镑|澳元|外币|外币现钞|外币存款|外币账户|外汇账户|汇率|牌价|境外汇款|国际汇款|汇到国外|汇款到国外|汇钱到国外|境外汇入|境外来款|国外汇款|国外汇过来|收外汇|汇出汇款|汇入汇款|电汇|SWIFT|留学汇款|学费汇款|出国换汇|换汇额度|五万美元|便利化额度|信用证|开证|开信用证|托收|跟单|国际结算|进口付汇|出口收汇|贸易融资|打包贷款|押汇|福费廷|外汇管理局|外管局|跨境|跨境人民币|跨境汇款|离岸|旅行支票|留学|出国读书|国外读书|在国外读书|汇生活费|生活费汇|出国旅游|出国|境外|国外|来证|审证|交单|议付|不符点|出口信用证|进口信用证|做出口|做外贸|出口企业|外贸企业|进出口企业|我们公司出口|出口业务",
      en: "fx|currency|foreign currency|exchange money|change money|exchange rate|us dollars|dollars|usd|euros|yen|pounds sterling|british pounds|hong kong dollars|hkd|australian dollars|international transfer|overseas transfer|overseas payment|send money abroad|send money overseas|transfer abroad|wire abroad|international wire|telegraphic transfer|swift code|bic|iban|inward remittance|outward remittance|international remittance|money from abroad|payment from overseas|payment from abroad|tuition abroad|letter of credit|documentary collection|import payment|export proceeds|cross border|offshore|travellers cheques",
    },
    fallback: ["retail_banking", "corporate_banking"],
  },
  ebanking: {
    of: "company",
    names: {
      zh: "电子银行部|电子银行中心|电子银行服务中心|网络金融部|网络银行部|数字银行部|数字金融部|互联网金融部|手机银行中心|网上银行中心|电子渠道部|线上银行部|电子银行|手机银行|网上银行|数字银行",
      en: "e-banking|ebanking|electronic banking|online banking|mobile banking|internet banking|digital banking|e-banking support|e-banking services|app support|online and mobile banking|digital banking support",
    },
    says: {
      zh: "网银|个人网银|银行app|手机app|你们的app|下载app|app|登录不了|登不上|登录不上|登陆不上|登陆不了|登录失败|登录密码|网银密码|手机银行密码|U盾|ukey|key宝|令牌|动态令牌|动态口令|验证码|收不到验证码|验证码收不到|短信验证码|动账通知|短信通知|短信提醒|人脸识别|刷脸|刷脸失败|认证失败|实名认证|绑卡|绑定银行卡|解绑|转账限额|限额|调整限额|非柜面限额|微信银行|云闪付|数字人民币|快捷支付|支付宝绑卡|微信绑卡|绑微信|闪退|打不开|系统维护|开通手机银行|开通网银|注册手机银行|注销手机银行|账号被锁|账号锁了|指纹登录",
      en: "banking app|your app|mobile app|log in|login|log on|cant log in|cannot log in|unable to log in|locked out|password|online password|usb key|usb token|security token|token|otp|verification code|sms code|one time password|face recognition|facial recognition|biometric|fingerprint login|register for online banking|activate online banking|set up online banking|transfer limit|daily limit|link my card|bind my card|apple pay|wechat pay|alipay|unionpay|digital yuan|e-cny|text alerts|sms alerts|app crashes|app keeps crashing|app not working|error message|update the app",
    },
    fallback: ["retail_banking"],
  },
  account_security: {
    of: "company",
    names: {
      zh: "账户安全中心|账户安全部|银行卡安全中心|卡片安全中心|用卡安全中心|反诈中心|反电诈中心|反诈骗中心|反电信诈骗中心|防诈骗中心|风险监控中心|交易监控中心|风险监测中心|反欺诈中心|反欺诈部|银行卡风险管理部|卡片风险管理部|风险管理中心|安全与反诈中心",
      en: "account security|card security|fraud prevention|fraud prevention centre|fraud prevention center|fraud and security|security and fraud|card fraud|fraud team|fraud department|fraud operations|anti-fraud|fraud centre|fraud center|card security and fraud|account security and fraud|fraud and disputes",
    },
    says: {
      zh: "盗刷|被盗刷|卡被盗刷|银行卡被盗刷|信用卡被盗刷|被刷了|不是我刷的|不是我本人|不是我操作的|不是我消费的|陌生交易|异常交易|可疑交易|莫名扣款|莫名其妙扣|莫名其妙少了|被扣了钱|钱被转走|钱被转走了|钱不见了|被骗|被骗了|上当|上当了|诈骗|电信诈骗|电话诈骗|网络诈骗|冒充|冒充客服|冒充银行|冒充公检法|假客服|骗子|诈骗电话|诈骗短信|钓鱼|钓鱼网站|钓鱼短信|屏幕共享|验证码给了|把验证码告诉|信息泄露|泄露|挂失|紧急挂失|临时挂失|口头挂失|卡丢了|卡掉了|卡不见了|卡被偷|钱包丢了|冻结卡|冻结账户|账户冻结|账户被冻结|卡被冻结|冻结了|解冻|止付|紧急止付|风控|被风控|交易受限|非柜面交易受限|账户受限|卡被限制|限制交易|卡被锁|买卖银行卡|出租银行卡|出借银行卡|断卡|反诈|96110|骗人|骗人的|是不是骗子|是不是诈骗|是不是骗局|点链接|点了链接|陌生链接|安全账户|自称公安|自称警察|冒充警察|冒充公安|让我转账|叫我转账|要我转账|银行卡丢了|银行卡掉了|银行卡不见了|银行卡被偷|银行卡找不到了|卡找不到了|解除限制|被限制|限制了|非柜面交易",
      en: "fraud|fraudulent|scam|scammed|scammer|been scammed|conned|phishing|phishing text|phishing email|fake call|fake website|someone pretending|pretending to be|impersonating|unauthorised transaction|unauthorized transaction|unauthorised payment|unauthorized payment|transactions i didnt make|i didnt make|i didnt authorise|i didnt authorize|suspicious transaction|suspicious activity|strange transaction|unknown transaction|unknown charge|money missing|money gone|money taken|stolen card|card stolen|card was stolen|lost card|lost my card|lost my wallet|card lost|report a lost card|report my card stolen|freeze my card|block my card|stop my card|card blocked|account blocked|account frozen|frozen account|unfreeze|account restricted|restricted|compromised|identity theft|chargeback|dispute a transaction|wallet was stolen|wallet stolen|purse was stolen|stolen wallet|all my cards|cards stolen|cards were stolen|took money out|took money from my account|emptied my account|drained my account|took my money|stole my money|gave them the code|gave him the code|gave her the code|lost my bank card|lost my debit card|lost my credit card|bank card stolen|block it|block the card|freeze it|with my bank card|with my bank cards|with my cards|cards in it",
    },
    fallback: ["retail_banking"],
  },
} satisfies Partial<Record<Kind, KindWords>>;
