import type { Kind, KindWords } from "./kind.ts";

/**
 * What residents, employers, builders and foreigners say to a government service centre's
 * windows (政务服务中心, 市民中心, 行政服务中心): its help desk, the one-window intake and
 * collection counter, business registration, tax, property registration, social insurance, the
 * housing provident fund, the police windows (household registration and ID cards, passports and
 * visas, driving licences and vehicles), civil affairs and marriage registration, employment and
 * talent, labour inspection, permits and construction approvals, certificates by post, the
 * supervision office, the 12345 hotline, legal aid and notaries, veterans and the health
 * commission's window. The medical insurance window is the `medical_insurance` kind, a hospital's
 * insurance office's too. Nothing here falls to another trade's departments.
 */
export const GOVERNMENT_KINDS = {
  service_guide: {
    of: "company",
    names: {
      zh: "咨询导办台|咨询导办|导办台|导办服务台|导服台|咨询引导台|咨询台|综合咨询台|咨询窗口|综合咨询窗口|咨询导办窗口|帮办代办|帮办代办窗口|帮办代办中心|帮代办|导办中心|引导台|政务咨询",
      en: "guidance desk|reception and guidance|enquiries and guidance|help and guidance|advice desk",
    },
    says: {
      zh: "哪个窗口|找哪个窗口|去哪个窗口|在哪个窗口|哪个窗口办|不知道找哪|不知道去哪|不知道在哪办|该找谁办|办事指南|一次性告知|取号|排号|叫号|过号|~排队|号过了|预约号|约号|帮办|代办|帮我办|导办|帮忙办|老人办事|不会操作|不会用手机",
      en: "which window|which counter|which desk|where do i go|where should i go|queue number|queue ticket|ticket number|take a number|my number was called|missed my number|how long is the queue|waiting time|help with the application|help filling in|fill in the form|not sure which office|which office",
    },
    fallback: [],
  },
  general_intake: {
    of: "company",
    names: {
      zh: "综合受理窗口|综合受理|综合受理区|综合窗口|综合服务窗口|无差别受理窗口|无差别受理|一窗通办|一窗受理|一窗通办窗口|一窗综合受理|收件窗口|出件窗口|发证窗口|取件窗口|证照领取窗口|证照领取|领证窗口|统一出件|综合出件|综合收件",
      en: "general applications window|general applications|general intake|one window|one window service|one stop window|one stop service|applications window|application intake|intake window|collection window|certificate collection|pick up window|issuing window",
    },
    says: {
      zh: "一窗通办|一窗受理|一窗|综合窗口|综合受理|无差别|交材料|递材料|递交材料|交的材料|材料交了|材料交上去|交上去的|提交的材料|补材料|补交材料|补齐材料|退回来|被退回|材料退回|退件|缺材料|缺一样|缺东西|材料不全|补正|收件|受理|受理了|受理回执|回执|回执单|受理单|受理号|办件|办件进度|办理进度|进度查询|查进度|办到哪|办到哪一步|到哪一步了|办好了没|办好没有|办好了吗|什么时候办好|几天办好|多久能办好|办结|证办好|证下来|下证|出证|取证|拿证|来拿证|领取证件|证件领取|证照领取|取件|领结果|通知领取",
      en: "one window|one stop|hand in|handed in|submit my documents|submitted my documents|submitted the documents|missing documents|application status|progress of my application|how is my application|is my application ready|~is it ready|when will it be ready|ready to collect|ready for collection|collect my certificate|collect the certificate|pick up my certificate|pick up the certificate|~receipt|acknowledgement slip|reference number",
    },
    fallback: [],
  },
  business_registration: {
    of: "company",
    names: {
      zh: "市场监管窗口|市场监管|市场监督管理|市场监督管理局|市场监管局|市场监管所|工商窗口|工商|工商局|工商登记|工商登记窗口|企业登记|企业登记窗口|登记注册|登记注册窗口|注册登记|商事登记|商事登记窗口|市场主体登记|企业开办|企业开办窗口|企业开办专区|企业开办服务|营业执照窗口|个体工商户登记|食品药品许可|食品经营许可窗口",
      en: "business registration|company registration|enterprise registration|business licences|business licenses|business licensing|market regulation|market supervision|administration for market regulation|amr|company formation|starting a business|business start up|business setup|commercial registration|business registry|companies registry",
    },
    says: {
      zh: "营业执照|执照|办执照|办个执照|执照丢|补执照|执照变更|执照年检|个体户|个体工商户|个体执照|开公司|注册公司|公司注册|注册个公司|注册一家|新办公司|新开公司|开店|开个店|开个小店|开饭店|开饭馆|开餐馆|开个饭馆|开奶茶店|开早餐店|早餐店|小吃店|开小吃店|开面馆|餐饮店|开餐饮|开超市|开便利店|开理发店|开美甲店|开网店|网店执照|开个体|开厂|注销公司|公司注销|注销执照|执照注销|简易注销|个体户注销|吊销|变更法人|法人变更|法定代表人|换法人|股东变更|变更股东|新增股东|加股东|加个股东|增加股东|退股|股东|公司改名|公司要改名|公司想改名|公司名字|公司名称|改公司名|公司更名|股权变更|股权转让|经营范围|增加经营范围|注册资本|注册资金|认缴|实缴|注册地址|地址变更|变更地址|迁址|名称变更|核名|名称核准|名称预核|起名字|字号|章程|公司章程|刻章|公章|食品经营许可|食品经营许可证|食品许可|食品许可证|食品经营|小餐饮|小作坊|食品摊贩|药品经营许可|医疗器械|二类医疗器械备案|企业年报|年报|经营异常|异常名录|移出异常|信用修复|严重违法失信|外资企业|外商投资|分公司|合伙企业|农民专业合作社|合作社|电子营业执照|工商注册|工商变更|工商注销|市场监管",
      en: "business licence|business license|register a small|register a new|register a limited|register a trading|trading company|limited company|new company|open a business|my own business|business permit|register a company|register my company|registering a company|register a business|set up a company|setting up a company|open a company|start a company|start a business|open a shop|open a store|open a restaurant|open a cafe|sole trader|sole proprietor|individual business|individually owned business|close my company|close down my company|close the company|deregister|deregistration|dissolve the company|legal representative|change of shareholders|shareholders|business scope|scope of business|registered capital|registered address|change of address|company name|name approval|articles of association|company seal|company chop|food business permit|food business licence|food licence|food license|food permit|annual report|abnormal operations|wfoe|foreign invested|foreign owned company|branch office|partnership",
    },
    fallback: [],
  },
  tax_office: {
    of: "company",
    names: {
      zh: "税务窗口|税务局|税务分局|税务所|税务服务窗口|办税服务厅|办税大厅|办税窗口|办税服务区|办税服务|纳税服务|纳税服务厅|税务服务厅|税务专区|税费窗口|地税|国税",
      en: "tax office|tax window|tax bureau|tax service hall|tax services|tax service|tax counter|tax desk|taxation|tax administration|tax and fees|tax affairs",
    },
    says: {
      zh: "~交税|缴税|纳税|报税|税费|税款|~申报|纳税申报|季度申报|月度申报|零申报|个税|个人所得税|个税汇算|汇算清缴|年度汇算|个税app|个税退税|退税|多交的税|完税证明|纳税证明|纳税记录|税收完税证明|税单|申领发票|领发票|领票|发票|开发票|代开发票|代开|发票额度|增量|增版|税控|税控盘|金税盘|ukey|税务ukey|电子税务局|税务局|契税|增值税|印花税|房产税|土地增值税|城镇土地使用税|二手房税|二手房的税|卖房的税|买房的税|交易税|房子的税|过户的税|税务登记|一般纳税人|小规模|小规模纳税人|核定征收|定税|免税|减免税|税收优惠|税率|税号|纳税人识别号|非正常户|解除非正常|清税|清税证明|税务注销|社保费缴纳|灵活就业社保费",
      en: "tax|taxes|tax return|tax returns|file my taxes|file a tax return|filing taxes|income tax|individual income tax|iit|annual tax reconciliation|tax refund|tax rebate|tax certificate|tax clearance|proof of tax|proof that i paid|tax payment certificate|tax record|tax records|paid tax|pay tax|pay my tax|fapiao|issue a fapiao|invoices for my company|invoice quota|vat|value added tax|stamp duty|deed tax|property tax|tax registration|tax id|taxpayer|small scale taxpayer|general taxpayer|tax exemption|tax rate|e tax|electronic tax bureau",
    },
    fallback: [],
  },
  property_registration: {
    of: "company",
    names: {
      zh: "不动产登记窗口|不动产登记|不动产登记中心|不动产登记局|不动产|不动产交易|不动产登记交易|不动产服务|不动产专区|房产登记|房屋登记|房产交易|房产交易中心|房地产交易中心|房地产交易|房产管理|房管局|房管所|房管|产权登记|产权交易|产权科|房屋产权|土地登记",
      en: "property registration|real estate registration|property registry|real estate registry|land registry|land and property registry|land registration|title registration|property transactions|property title office|housing registration|real property registration|immovable property registration",
    },
    says: {
      zh: "不动产|不动产证|不动产权证|不动产权证书|房产证|房本|房证|红本|产权证|土地证|土地使用证|房屋产权|产权|过户|房子过户|房产过户|二手房过户|买房过户|办过户|赠与|赠予|继承房产|房子继承|遗产过户|抵押|抵押登记|抵押注销|注销抵押|解押|解抵押|贷款还完|贷款还清|房贷还完|房贷还清|房贷结清|贷款结清|解除抵押|撤押|预告登记|预售|预售备案|网签|备案合同|首次登记|转移登记|变更登记|更正登记|注销登记|查封|查档|查房产|房产查询|查询房产|名下有没有房|名下房产|有无房产|无房证明|房产信息|不动产查询|几套房|名下几套|住房证明|住房情况|名字去掉|去掉她的名字|去掉他的名字|房子是我和|加名|加名字|加个名字|房产证加|去掉名字|房产证减|房产证上的名字|房产证名字|离婚房子|房子分割|交房了|新房交房|刚交房|已经交房|新房办证|新房的证|办房产证|~办证|大产证|小产证|宅基地|土地使用权|集体土地|农房|车位产权|商铺产权|房屋面积|面积不对|测绘",
      en: "property certificate|property certificates|property deed|title deed|title deeds|deeds|ownership certificate|certificate of ownership|house certificate|property title|title search|land certificate|transfer of ownership|transfer the property|transfer the flat|transfer the house|transfer the apartment|put the flat in|gift the flat|inherit the flat|inherited a flat|inherited property|mortgage registration|register the mortgage|discharge the mortgage|release the mortgage|mortgage release|mortgage cancellation|cancel the mortgage|paid off the mortgage|paid off my mortgage|property records|property ownership|own a property|owns property|proof of no property|add my name|remove a name|remove my name|co owner|joint owner|new flat|new apartment|handed over the flat|parking space title",
    },
    fallback: [],
  },
  social_security: {
    of: "company",
    names: {
      zh: "社保窗口|社保|社保局|社保中心|社会保险|社会保险窗口|社会保险中心|社会保险事业管理局|社会保险服务|社保经办|社保服务|社保服务窗口|社保业务|社保专区|养老保险窗口|养老保险|社会保障|社保卡窗口|社保卡服务|机关养老保险|城乡居民养老保险|工伤保险窗口",
      en: "social insurance|social security|social insurance window|social security office|social insurance office|pensions|pension services|pension office|state pension|social insurance and pensions|pensions and benefits",
    },
    says: {
      zh: "社保|交社保|缴社保|社保缴费|社保断了|社保断缴|断缴|补缴|补交社保|社保补交|社保补缴|社保转移|社保转过来|社保转回|社保转入|社保转出|转社保|社保关系|社保卡|社保卡激活|激活社保卡|社保卡丢|社保卡挂失|社保卡补办|补办社保卡|社保卡密码|金融社保卡|电子社保卡|社保卡换卡|社保记录|缴费记录|社保明细|参保证明|社保证明|缴费证明|参保|参保登记|停保|养老保险|养老金|退休金|领养老金|养老金认证|资格认证|待遇认证|生存认证|人脸认证|退休|办退休|退休手续|退休审批|退休年龄|提前退休|延迟退休|特殊工种|满六十|满60|满五十|满50|视同缴费|工龄|缴费年限|交满十五年|交满15年|社保基数|缴费基数|灵活就业|自由职业交社保|个人交社保|自己交社保|个体交社保|城乡居民养老|居民养老|新农保|农村养老保险|被征地|失地农民|工伤|工伤保险|工伤认定|工伤鉴定|劳动能力鉴定|丧葬费|抚恤金|遗属|死亡待遇|养老保险账户|一次性领取",
      en: "social insurance|social security|social insurance contributions|contributions|pension|pensions|state pension|my pension|pension payments|retire|retiring|retirement|retirement age|early retirement|social security card|social insurance card|activate my card|transfer my social insurance|transfer my pension|contribution record|contribution history|years of contributions|missed contributions|gap in my contributions|back pay contributions|self employed contributions|flexible employment|work injury|injured at work|industrial injury|survivor benefits|funeral grant",
    },
    fallback: [],
  },
  housing_fund: {
    of: "company",
    names: {
      zh: "公积金窗口|公积金|住房公积金|住房公积金管理中心|住房公积金中心|公积金中心|公积金管理中心|公积金管理部|公积金服务|公积金服务窗口|公积金分中心|公积金管理部窗口|公积金专区|住房公积金窗口",
      en: "housing provident fund|provident fund|housing fund|hpf|housing provident fund centre|provident fund centre|provident fund office",
    },
    says: {
      zh: "公积金|住房公积金|提取公积金|公积金提取|取公积金|公积金取出来|公积金能取|公积金能不能取|提公积金|公积金贷款|公积金贷|公积金还贷|公积金冲还贷|冲还贷|公积金余额|公积金账户|公积金转移|公积金转过来|公积金转入|公积金转出|转公积金|公积金封存|公积金解封|封存|解封|缴存|公积金缴存|公积金基数|补缴公积金|公积金补缴|公积金断了|租房提取|付房租|交房租|房租提取|离职提取|销户提取|退休提取|购房提取|装修提取|商转公|组合贷|公积金联名卡|公积金卡|公积金证明|公积金缴存证明|公积金查询|公积金密码|公积金app|灵活就业公积金|自愿缴存|个人缴存",
      en: "housing fund|provident fund|housing provident fund|my provident fund|hpf|withdraw my provident fund|withdraw from my provident fund|provident fund withdrawal|provident fund loan|housing fund loan|provident fund balance|provident fund account|transfer my provident fund|pay rent with my provident fund|provident fund contributions",
    },
    fallback: [],
  },
  police_services: {
    of: "company",
    names: {
      zh: "公安综合窗口|公安窗口|公安|公安服务窗口|公安业务窗口|公安政务服务|公安局|公安分局|公安服务|户政窗口|户政|户政大厅|户政服务|户籍窗口|户籍|户籍室|户籍科|户籍业务|户口办理|身份证窗口|身份证办理|警务服务|警务服务窗口|警务窗口|警务服务中心|派出所|治安窗口",
      en: "police services|police service|police window|police desk|police counter|police station|public security|public security bureau|psb|household registration|hukou office|hukou|residence registration|id cards|identity cards|police and residency",
    },
    says: {
      zh: "户口|户籍|户口本|户口簿|户口页|落户|迁户口|户口迁移|户口迁入|户口迁出|迁入|迁出|准迁证|迁移证|分户|立户|单独立户|上户口|报户口|报户|入户|新生儿落户|孩子上户口|小孩上户口|宝宝上户口|给孩子上户口|户口注销|注销户口|销户口|死亡注销|投靠|随迁|集体户|挂靠户口|身份证|办身份证|补办身份证|补身份证|换身份证|身份证过期|身份证到期|身份证快过期|身份证丢|身份证掉|身份证坏|身份证消磁|临时身份证|临时身份证明|~身份证明|居民身份证|第一次办身份证|首次申领|居住证|暂住证|居住登记|办居住证|居住证签注|改名|改名字|更改姓名|名字改|名字错了|姓名变更|出生日期|改出生日期|改年龄|民族更改|改民族|无犯罪记录|无犯罪证明|无犯罪记录证明|户籍证明|亲属关系证明|户口证明|冒用|被冒用|身份被冒用|身份证被冒用|被人冒用|盗用身份|指纹|人像采集",
      en: "hukou|household registration|household register|household registry|residence booklet|hukou booklet|move my hukou|transfer my hukou|id card|identity card|national id|resident id|replace my id card|lost my id card|id card expired|id card is expiring|renew my id card|temporary id|temporary residence|register my residence|register my address|police registration|change my name|name change|date of birth|criminal record|no criminal record|certificate of no criminal record|police clearance|police certificate|identity theft|someone used my id",
    },
    fallback: [],
  },
  entry_exit: {
    of: "company",
    names: {
      zh: "出入境|出入境窗口|出入境管理|出入境管理窗口|出入境接待|出入境服务|出入境服务窗口|出入境大厅|出入境管理局|出入境管理大队|出入境证件|外国人服务|外国人管理服务|外籍人士服务|签证窗口|护照窗口",
      en: "exit and entry|exit entry|entry and exit|exit and entry administration|exit entry administration|immigration|immigration office|immigration services|visa office|visa services|passport office|passports and visas|foreigners services|foreigners affairs|foreigner services",
    },
    says: {
      zh: "护照|办护照|护照过期|护照到期|换护照|补办护照|护照丢|港澳通行证|通行证|港澳通行|往来港澳|去香港|去澳门|~香港|~澳门|台湾通行证|往来台湾|去台湾|赴台|签注|港澳签注|续签|再次签注|团队旅游签注|出国|出境|出国旅游|出国留学|签证|居留许可|居留证|居留|工作类居留|永久居留|永居|绿卡|住宿登记|境外人员|入境|回乡证|台胞证|出入境记录|出入境证明",
      en: "passport|passports|new passport|renew my passport|passport renewal|visa|visas|visa renewal|renew my visa|renew the visa|visa extension|extend my visa|visa is expiring|visa expires|visa expired|residence permit|residence card|residence permit for foreigners|work residence permit|registration of residence|accommodation registration|temporary residence registration|registration form of temporary residence|travel permit|hong kong|macau|macao|taiwan|exit permit|entry permit|permanent residence|permanent residency|green card|immigration",
    },
    parent: "police_services",
    fallback: [],
  },
  vehicle_admin: {
    of: "company",
    names: {
      zh: "车管所|车管分所|车驾管|车驾管窗口|车管窗口|车管业务|交警窗口|交管窗口|交警|交警大队|交通管理|交管业务|交通违法处理|驾驶证窗口|驾驶证业务|机动车登记|机动车业务|车辆管理所",
      en: "vehicle registration|vehicle licensing|vehicles and driving licences|driving licences|driving licenses|driver licensing|traffic police|traffic management|traffic police services|motor vehicles office|vehicle administration|dmv",
    },
    says: {
      zh: "驾照|驾驶证|考驾照|换驾照|驾照到期|驾照过期|补驾照|驾照丢|驾驶证补办|驾驶证换证|期满换证|驾照审验|审验|驾照扣分|扣分|消分|记分|满分学习|行驶证|车辆年检|年检|年审|检车|车牌|上牌|牌照|挂牌|选号|车辆过户|车子过户|二手车过户|汽车过户|转籍|违章|违法记录|罚单|交通罚款|处理违章|电动车上牌|电动车牌照|电动车登记|摩托车|临时牌照|临牌|机动车登记证书|登记证书|大绿本|绿本|车辆抵押|车辆解押|外地车|异地车|境外驾照|外国驾照|国外驾照|驾照转换|换领中国驾照",
      en: "driving licence|driving license|drivers licence|drivers license|driver licence|driver license|driving test|renew my driving licence|foreign driving licence|foreign driving license|convert my licence|convert my license|chinese driving licence|chinese driving license|licence plate|license plate|number plate|car registration|register my car|register a car|vehicle registration|annual inspection|car inspection|traffic ticket|traffic fine|traffic violation|penalty points|points on my licence|e bike registration|electric bike plate|scooter plate|temporary plate",
    },
    fallback: ["police_services"],
  },
  civil_affairs: {
    of: "company",
    names: {
      zh: "民政窗口|民政|民政局|民政服务|民政事务|民政服务窗口|民政业务|社会救助|社会救助窗口|救助窗口|救助站|残联窗口|残联|残疾人联合会|残疾人服务|残疾人服务窗口|老龄窗口|老龄办|养老服务窗口|社会事务|社会事务窗口|社会福利|殡葬服务|殡葬管理",
      en: "civil affairs|civil affairs office|civil affairs bureau|social assistance|social welfare|welfare office|disabled persons federation|disabled persons federation window|ageing affairs|funeral services",
    },
    says: {
      zh: "低保|最低生活保障|申请低保|低保户|低保边缘|特困|特困供养|特困人员|五保|五保户|临时救助|救助|困难家庭|家里困难|家庭困难|生活困难|困难补助|困难救助|医疗救助|支出型贫困|残疾|残疾人|残疾证|办残疾证|残疾证年审|残疾评定|残疾鉴定|残疾补贴|残疾人补贴|两项补贴|生活补贴|护理补贴|重度残疾|重残|无障碍|轮椅|辅具|高龄津贴|高龄补贴|老年人补贴|尊老金|养老服务补贴|居家养老|养老院|敬老院|老年证|老年优待证|老人卡|孤儿|困境儿童|留守儿童|事实无人抚养|收养|领养|殡葬|火化|骨灰|墓地|公墓|丧葬补贴|惠民殡葬|社会组织|民办非企业|社团登记|社会团体|基金会登记|地名|门牌|慈善|捐款|捐赠",
      en: "civil affairs|minimum living allowance|minimum living guarantee|dibao|welfare|welfare benefits|social assistance|financial hardship|hardship|poor family|low income|low income family|subsistence allowance|disability|disability allowance|disability certificate|disabled|disability card|wheelchair|old age allowance|elderly allowance|allowance for the elderly|senior citizen card|nursing home|care home|old peoples home|orphan|adoption|adopt a child|funeral|cremation|burial|cemetery|charity|social organisation|social organization|ngo registration",
    },
    fallback: [],
  },
  marriage_registration: {
    of: "company",
    names: {
      zh: "婚姻登记处|婚姻登记中心|婚姻登记窗口|婚姻登记|婚姻登记服务|婚登处|婚登中心|婚姻家庭服务中心|结婚登记处|结婚登记",
      en: "marriage registry|marriage registration|marriage registration office|marriage registry office|registry office|register office|marriage office|marriage and divorce registration",
    },
    says: {
      zh: "结婚|结婚登记|登记结婚|二婚|再婚|去登记|领证|领结婚证|扯证|领个证|结婚证|结婚证丢|补领结婚证|补办结婚证|结婚证补|离婚|离婚登记|协议离婚|办离婚|离婚手续|离婚冷静期|冷静期|离婚证|补离婚证|复婚|婚姻状况|婚姻状况证明|婚姻登记记录|单身证明|未婚证明|婚检|颁证|颁证仪式|涉外婚姻|跟外国人结婚|和外国人结婚|涉外结婚|预约结婚|预约领证|预约离婚|好日子领证|情人节领证",
      en: "marriage|married|get married|getting married|marry|register our marriage|register my marriage|marriage certificate|marriage licence|marriage license|wedding certificate|divorce|divorce registration|get divorced|getting divorced|divorce certificate|cooling off period|cooling off|remarry|single status|proof of single status|certificate of no impediment|certificate of marital status|marital status|unmarried certificate",
    },
    parent: "civil_affairs",
    fallback: [],
  },
  employment_services: {
    of: "company",
    names: {
      zh: "就业人才窗口|就业窗口|就业服务窗口|就业|就业服务|就业创业服务|就业创业窗口|就业创业|就业局|就业服务局|就业管理局|人才服务窗口|人才服务|人才服务局|人才交流中心|人才交流服务中心|人才窗口|人才工作|人力资源市场|劳动就业|劳动就业服务|人社就业|职业技能鉴定|职业能力建设|档案托管",
      en: "employment and talent|employment services|employment service|employment service centre|employment bureau|jobs and talent|job centre|jobcentre|job center|talent exchange centre|public employment service|employment and entrepreneurship|jobs and skills|employment and skills",
    },
    says: {
      zh: "失业|失业了|失业登记|失业证|失业金|失业保险金|领失业金|失业补助|失业保险|就业登记|就业失业登记|就业创业证|就业困难|就业困难人员|困难人员认定|就业援助|就业见习|见习补贴|公益性岗位|公益岗|创业|创业补贴|创业贷款|创业担保贷款|一次性创业补贴|创业培训|就业补贴|社保补贴|岗位补贴|稳岗|稳岗补贴|稳岗返还|吸纳就业|以工代训|技能补贴|技能提升补贴|职业技能|职业培训|技能培训|培训补贴|技能鉴定|技能证书|技能等级|职业资格|职业资格证|职称|职称评审|职称申报|人才落户|人才引进|人才补贴|人才公寓|人才认定|高层次人才|留学人员|博士后|毕业生|应届生|应届毕业生|高校毕业生|大学生就业|毕业生落户|报到证|就业报到|派遣|档案|人事档案|档案托管|档案存放|存档案|调档|提档|转档案|档案转|档案在哪|招聘会|找工作|求职登记|职业介绍|零工市场|外国人工作许可|工作许可|来华工作许可|~欠薪|~拖欠工资|~欠工资|~讨薪|~工资不发|~劳动仲裁|~劳动争议|~劳动纠纷|~工资|~拖欠|~老板",
      en: "unemployed|unemployment|unemployment benefit|unemployment benefits|unemployment insurance|unemployment registration|register as unemployed|jobseeker|job seeker|lost my job|out of work|job fair|job fairs|careers fair|find a job|finding a job|looking for a job|looking for work|job hunting|start up subsidy|startup subsidy|start a business subsidy|business start up loan|startup loan|entrepreneurship|vocational training|skills training|skills subsidy|skills certificate|vocational qualification|professional title|new graduate|fresh graduate|graduates|graduate settlement|personnel file|personnel files|personal file|dossier|talent programme|talent program|talent subsidy|work permit|foreigners work permit|work permit for foreigners|foreign expert|~unpaid wages|~labour dispute|~labor dispute",
    },
    fallback: [],
  },
  labour_inspection: {
    of: "company",
    names: {
      zh: "劳动监察窗口|劳动监察|劳动保障监察|劳动保障监察大队|劳动监察大队|劳动仲裁|劳动仲裁院|劳动人事争议仲裁院|劳动人事争议仲裁|劳动争议仲裁|劳动仲裁窗口|劳动维权|劳动维权窗口|劳动争议调解|欠薪治理",
      en: "labour inspection|labor inspection|labour inspectorate|labor inspectorate|labour supervision|labor supervision|labour arbitration|labor arbitration|labour dispute arbitration|labor dispute arbitration|labour disputes|labor disputes|wage arrears",
    },
    says: {
      zh: "欠薪|拖欠工资|欠工资|欠我工资|讨薪|讨工资|要工资|工资不发|不发工资|工资没发|工资拖着|老板跑了|老板跑路|包工头|农民工工资|劳动仲裁|仲裁|申请仲裁|立案仲裁|劳动争议|劳动纠纷|不签劳动合同|没签合同|没签劳动合同|违法解除|被辞退|被开除|辞退我|把我辞退|把我开了|开除我|没给补偿|不给补偿|没有补偿|无故辞退|辞退赔偿|赔偿金|经济补偿|补偿金|n加1|加班费|不给加班费|超时加班|不交社保|不给交社保|不给我交社保|没给我交社保|单位不交|公司不交社保|扣押证件|押金不退|童工|劳动监察|举报公司|举报单位",
      en: "unpaid wages|wages unpaid|unpaid salary|owed wages|owes me wages|my boss hasnt paid|hasnt paid me|not paid for|wage arrears|labour dispute|labor dispute|employment dispute|arbitration|labour arbitration|labor arbitration|unfair dismissal|fired without|dismissed without|no employment contract|no contract|severance|compensation for dismissal|overtime pay|unpaid overtime|employer does not pay social insurance|report my employer|report my company",
    },
    fallback: ["employment_services"],
  },
  permits: {
    of: "company",
    names: {
      zh: "行政审批窗口|行政审批|行政审批局|行政审批服务局|审批服务局|审批窗口|审批服务|综合审批|综合审批窗口|行政许可|行政许可窗口|许可窗口|许可审批|社会事务审批|社会事务审批窗口|投资项目审批|投资审批|项目审批|项目审批窗口|交通运输窗口|交通运输审批|文化旅游审批|卫生许可窗口",
      en: "permits and licences|permits and licenses|licences and permits|licenses and permits|permits and approvals|administrative approvals|administrative approval|administrative licensing|administrative permits|permit applications|approvals window|approvals office|permits office|permits window",
    },
    says: {
      zh: "许可证|~许可|~审批|行政许可|批文|批复|卫生许可|卫生许可证|公共场所卫生|公共场所|道路运输|道路运输许可|道路运输证|运输证|营运证|从业资格证|网约车|网约车证|网约车驾驶员证|出租车|货运|危险化学品|危化品|烟草|烟草专卖|烟草证|烟草专卖许可证|卖烟|烟酒|酒类|娱乐场所|歌厅|ktv|网吧|演出|营业性演出|民办学校|办学许可|培训机构|幼儿园|办幼儿园|开幼儿园|托育机构|办学|培训学校|开培训班|人力资源服务许可|劳务派遣|劳务派遣许可|户外广告|招牌|店招|门头|占道|占道经营|挖掘道路|排水许可|排水|取水许可|林木采伐|养老机构备案|医疗机构执业|诊所|办诊所|开诊所|开药店|药店|旅行社|出版|印刷|~备案|项目备案|立项|节能审查|环评|环境影响评价|排污许可",
      en: "permit|permits|~licence|~license|~licences|~licenses|~approval|~approvals|apply for a permit|permit application|hygiene permit|health permit|sanitation permit|public venue|transport permit|road transport|ride hailing|ride hailing licence|taxi licence|taxi license|tobacco licence|tobacco license|alcohol licence|alcohol license|liquor licence|liquor license|entertainment licence|entertainment license|karaoke|internet cafe|school licence|training school|travel agency|outdoor advertising|shop sign|signboard|drainage permit|environmental impact assessment|eia|project filing",
    },
    fallback: ["general_intake"],
  },
  construction_permits: {
    of: "company",
    names: {
      zh: "工程建设审批窗口|工程建设审批|工程建设项目审批|工程建设项目审批窗口|工程审批|建设审批|建设项目审批|建设工程审批|规划审批|规划窗口|规划许可|规划许可窗口|自然资源和规划|自然资源和规划窗口|自然资源规划|国土规划|住建窗口|住建|住房和城乡建设|住建局|城建窗口|施工许可|施工许可窗口|联合验收|竣工验收|报建窗口|报建",
      en: "construction permits|construction permit|building permits|building permit|planning permits|planning permission|planning and construction|construction approvals|construction project approvals|building approvals|planning and building control|building control|planning and natural resources|natural resources and planning|housing and construction|housing and urban rural development",
    },
    says: {
      zh: "施工许可|施工许可证|开工许可|规划许可|规划许可证|建设工程规划许可|工程规划许可|建设用地规划许可|用地规划许可|用地规划|用地|建设用地|土地出让|规划条件|规划审批|规划方案|方案审查|规划核实|规划验收|施工图审查|施工图|图审|竣工验收|竣工验收备案|竣工备案|验收备案|联合验收|消防验收|消防审查|消防设计|消防备案|人防|质监|质量监督|安全监督|安监登记|报建|报规|报批|项目立项|工程项目|建设项目|建设单位|施工单位|开发商|开发项目|房地产开发|商品房预售|预售许可|预售证|资质|建筑资质|资质申请|加建|扩建|改建|翻建|厂房|盖房|建房|自建房|加层|加盖|加一层|违建|违章建筑|违章搭建|拆迁|征收|装修备案|幕墙",
      en: "construction permit|building permit|building permits|planning permit|planning permission|planning approval|planning application|land use|land use planning|completion acceptance|completion inspection|completion filing|final inspection|fire inspection|fire safety approval|fire safety inspection|construction drawings|drawing review|building project|construction project|property developer|pre sale permit|presale permit|contractor qualification|build an extension|add a floor|add another floor|new factory|factory building|build a house|building a house|illegal construction|unauthorised building|unauthorized building|demolition",
    },
    parent: "permits",
    fallback: [],
  },
  certificate_mailing: {
    of: "company",
    names: {
      zh: "邮政寄递窗口|邮政寄递|邮政窗口|邮政服务窗口|邮政服务点|邮政服务|邮寄窗口|寄递窗口|寄递服务|寄递服务窗口|证照寄递|证照邮寄|证照寄递窗口|免费寄递|免费邮寄|ems窗口|中国邮政|双向寄递|快递窗口|寄件窗口",
      en: "postal delivery desk|postal delivery|postal desk|postal services|postal service|postal counter|post office counter|post office|mailing desk|mailing service|certificate delivery|certificate mailing|document delivery|ems desk",
    },
    says: {
      zh: "邮寄|寄到|寄到家|寄回家|寄回|寄给我|寄过来|寄出|寄出来|寄出去|寄走|能不能寄|可以寄|寄一下|寄件|寄材料|寄证|证寄|执照寄|快递|快递过来|ems|邮政|单号|快递单号|运单号|邮单号|邮费|寄费|包邮|免费邮寄|免邮|到付|收件地址|邮寄地址|地址写错|改地址|改收件地址|送到家|送上门|双向寄递",
      en: "post|posted|post it|post it to me|by post|mail|mailed|mail it|mail it to me|send it to me|send it to my home|send it home|deliver it|delivered to my home|delivery|courier|ems|china post|tracking number|tracking|postage|delivery address|wrong address|change the address|home delivery",
    },
    fallback: ["general_intake"],
  },
  service_supervision: {
    of: "company",
    names: {
      zh: "效能监督室|效能监督|效能监督科|效能监察|效能办|效能投诉|督查室|督查科|督查办|督办|好差评|好差评中心|好差评管理|评价中心|服务评价|作风监督|政务督查|监督投诉窗口|投诉监督窗口|投诉咨询窗口",
      en: "service supervision office|service supervision|efficiency supervision|performance supervision|service evaluation|service ratings|complaints and supervision|supervision and complaints|oversight office|government service oversight|inspection and supervision office",
    },
    says: {
      zh: "投诉|举报|好差评|差评|好评|点赞|表扬|表扬信|感谢信|锦旗|送锦旗|态度差|态度不好|态度恶劣|服务态度|脸色|推诿|刁难|踢皮球|吃拿卡要|拿卡要|办事拖|拖了很久|拖着不办|一直不办|不给办|故意不办|不给解释|乱收费|索要|红包|好处费|不作为|慢作为|效能|满意度|评价|打分|跑了好几趟|跑了几趟|来回跑|多次跑",
      en: "complain|complaint|complaints|file a complaint|report a member of staff|report a staff member|rude|rude staff|unhelpful|unprofessional|refused to help|sent me back|sent me away|back and forth|praise|compliment|thank the staff|thank someone|feedback|rating|rate the service|review|evaluation|bribe|extra fee|asked for money",
    },
    fallback: [],
  },
  citizen_hotline: {
    of: "company",
    names: {
      zh: "12345热线|12345政务服务便民热线|12345市民服务热线|12345便民热线|12345热线办|市民热线|市民服务热线|便民服务热线|便民热线|政务服务热线|政务热线|市长热线|市长专线|热线办|热线工作站",
      en: "citizen hotline|citizens hotline|citizens service hotline|government hotline|government services hotline|public service hotline|mayors hotline|mayor's hotline",
    },
    says: {
      zh: "打12345|打了12345|打过12345|12345热线|市长热线|市民热线|便民热线|热线工单|工单|工单号|派单|转办|回访|回访电话|诉求|反映诉求|反映问题|反映情况|来电反映|办理结果|没人处理|没有回复|不满意回复",
      en: "hotline|the hotline|called the hotline|hotline ticket|ticket number|work order|case number|follow up call",
    },
    fallback: ["service_supervision"],
  },
  public_legal_services: {
    of: "company",
    names: {
      zh: "公共法律服务窗口|公共法律服务|公共法律服务中心|公共法律服务站|法律援助窗口|法律援助|法律援助中心|法律援助站|公证窗口|公证处|公证服务|公证|司法行政窗口|司法局窗口|司法行政|人民调解|人民调解委员会|调解中心|矛盾纠纷调解中心|矛盾调处|矛盾纠纷多元化解|信访|信访窗口|信访接待",
      en: "public legal services|public legal service|legal aid|legal aid centre|legal aid center|legal aid office|notary|notary office|notary public|notarial office|notary services|mediation centre|mediation center|peoples mediation|petitions|petitions office|letters and visits",
    },
    says: {
      zh: "公证|办公证|公证书|做公证|学历公证|学位公证|出生公证|无犯罪公证|亲属关系公证|委托公证|委托书公证|遗嘱|遗嘱公证|继承公证|继承权|声明书|翻译公证|海牙认证|法律援助|免费律师|请不起律师|找律师|法律咨询|律师咨询|咨询律师|打官司|起诉|被起诉|调解|纠纷调解|邻里纠纷|矛盾纠纷|家庭纠纷|人民调解|司法鉴定|信访|上访",
      en: "notary|notarise|notarize|notarised|notarized|notarial|notarisation|notarization|notarial certificate|apostille|legal aid|free lawyer|free legal advice|legal advice|a lawyer|need a lawyer|cant afford a lawyer|sue|lawsuit|mediation|mediate|dispute with my neighbour|dispute with my neighbor|family dispute|my will|petition",
    },
    fallback: [],
  },
  veterans_affairs: {
    of: "company",
    names: {
      zh: "退役军人服务窗口|退役军人服务站|退役军人服务中心|退役军人事务|退役军人事务局|退役军人窗口|退役军人|双拥|双拥办|优抚窗口|优抚",
      en: "veterans affairs|veterans services|veterans service centre|veterans service center|veterans office|veterans window|military veterans",
    },
    says: {
      zh: "退役军人|退役|退伍|退伍军人|退伍证|转业|复员|老兵|军人|现役军人|优抚|优抚对象|抚恤|伤残军人|残疾军人|伤残抚恤|烈士|烈属|军属|军属优待|光荣牌|光荣之家|优待证|退役军人优待证|随军家属|义务兵|义务兵家庭优待金|优待金|安置|退役安置|参战|参试|带病回乡|军休",
      en: "veteran|veterans|ex serviceman|ex servicemen|former soldier|military service|discharged from the army|left the army|army pension|military family|martyr|martyrs family",
    },
    fallback: ["civil_affairs"],
  },
  health_commission: {
    of: "company",
    names: {
      zh: "卫健窗口|卫生健康窗口|卫生健康|卫健|卫健局|卫健委|卫生健康局|卫生健康委员会|卫生计生|计生窗口|计划生育|计生|人口计生|母婴服务|出生医学证明窗口|妇幼健康",
      en: "health commission|health bureau|health and family planning|family planning|health window|public health services|maternal and child health",
    },
    says: {
      zh: "生育登记|生育服务登记|生育服务证|准生证|二胎登记|三孩登记|生二胎|生三胎|出生医学证明|出生证|出生证明|出生证丢|补办出生证|出生证改名|独生子女|独生子女证|独生子女父母|计生|计划生育|奖励扶助|特别扶助|失独|育儿补贴|托育|托育机构|健康证|从业人员健康证|医师执业|医师资格|护士执业|执业注册|执业证书|多点执业|诊所备案|诊所开办|医疗机构|医疗机构执业许可|母婴保健|婚前检查|孕前检查|疫苗|预防接种|接种证",
      en: "birth registration|register a birth|birth certificate|medical birth certificate|family planning|one child certificate|only child|childcare subsidy|health certificate|health certificate for food workers|doctor registration|practising licence|practicing license|nurse registration|clinic registration|medical institution licence|vaccination|vaccination certificate|immunisation record|immunization record",
    },
    fallback: [],
  },
} satisfies Partial<Record<Kind, KindWords>>;
