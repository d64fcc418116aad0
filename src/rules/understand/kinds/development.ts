import type { Kind, KindWords } from "./kind.ts";

/**
 * What home buyers, owners waiting for their keys and owners after handover say to a residential
 * developer's departments: the sales office (售楼处), contracts and title certificates, handover
 * (交付) and the repairs under warranty that follow it (工程维保). Its mortgage desk is of
 * `mortgages`, its customer service `after_sales` and its site engineering `projects`; a
 * developer's own property management company, beside it, keeps the property kinds. A developer
 * without a title or handover office hands their callers to customer service or the sales office;
 * no other trade hears these words except a company's own sales, customer service and upkeep.
 */
export const DEVELOPMENT_KINDS = {
  home_sales: {
    of: "company",
    names: {
      zh: "售楼处|售楼部|售楼中心|售楼大厅|销售案场|案场|营销案场|置业中心|置业部|置业服务中心|楼盘销售部|房产销售部|新房销售部|销售展示中心|营销展示中心|样板间|样板房|看房中心|认购中心",
      en: "sales gallery|sales suite|marketing suite|show flat|show home|show apartment|property sales|home sales|new homes|new home sales|sales pavilion|home buying|residential sales|homebuyer services",
    },
    says: {
      zh: "想买房|打算买房|准备买房|买套房|买新房|买房子|我要买房|看房|看看房|约看房|预约看房|参观样板间|户型|户型图|几室|两室|三室|三房|两房|四房|大平层|复式|洋房|小高层|别墅|叠墅|叠拼|联排|楼盘|楼盘信息|楼盘在哪|房价|均价|单价|总价|多少钱一平|一平多少|一平米多少|每平米多少|开盘|开盘时间|什么时候开盘|加推|新推|摇号|认筹|选房|认购|认购书|一次性付款|特价房|尾房|现房|期房|准现房|精装|毛坯|装修标准|容积率|绿化率|楼间距|朝向|采光|楼王|景观房|学区|学区房|对口学校|周边配套|小区配套|认购定金|购房定金|买房首付|房子首付|首付几成|售价|价格表|一房一价|置业顾问|我的置业顾问|销售顾问|售楼小姐|老带新|推荐购房|购房资格|限购|社保满|人才购房|还有房吗|还有没有房|剩几套|还剩几套|有没有优惠|买房优惠|车位怎么卖|车位多少钱|车位价格|车位销售|卖车位|车位还有吗|车位还有没有",
      en: "buy a flat|buy an apartment|buy a home|buy a house|looking to buy|interested in buying|new development|viewing|book a viewing|two bedroom|three bedroom|four bedroom|2 bedroom|price per square metre|price per square meter|price list|floor plan of the flat|flat layout|apartment layout|off plan|ready to move in|completed units|reserve a unit|reservation fee|payment plan|school district|catchment|high floor|sea view|river view|facing south|purchase restrictions|eligibility to buy|sales consultant|property consultant|any units left|units still available|villa|townhouse|for sale|penthouse|duplex|detached house|parking space for sale|buy a parking space",
    },
    fallback: ["sales"],
  },
  title_deeds: {
    of: "company",
    names: {
      zh: "权证部|权证中心|权证办|权证科|产权部|产权办|产权中心|产权服务中心|产证部|房产证办理中心|产权办证中心|签约中心|交易权证部|按揭权证部|合同权证部",
      en: "title deeds|title deed office|title certificates|property titles|title services|titles office|contracts and titles|contracts and title deeds|property certificates|title and registration",
    },
    says: {
      zh: "网签|网签合同|合同备案|备案|购房合同|买卖合同|商品房买卖合同|认购协议|补充协议|签购房合同|合同什么时候签|合同副本|合同原件|合同丢了|更名|加名|减名|加名字|加个名字|合同更名|产权证|房产证|房本|不动产权证|不动产证|大产证|小产证|办证|办房产证|房产证什么时候|房产证下来|拿证|领证|产证|契税|交契税|契税发票|维修基金|维修资金|公共维修基金|专项维修资金|购房发票|房款发票|购房款发票|首次登记|初始登记|产权登记|不动产登记|产权年限|七十年产权|土地证|分户|名字写错|合同上名字|合同上的名字|改合同|合同改名|合同信息有误|合同写错",
      en: "deed|property ownership certificate|ownership certificate|certificate of title|real estate certificate|registration of title|register the title|title registration|sales contract|purchase contract|purchase agreement|sale and purchase agreement|contract filing|online contract|contract registration|sign the contract|supplementary agreement|add a name|add my wife|add my husband|remove a name|name on the contract|deed tax|stamp duty|maintenance fund|sinking fund|purchase invoice|invoice for the flat|invoice for the apartment|transfer of title",
    },
    fallback: ["home_sales"],
  },
  handover: {
    of: "company",
    names: {
      zh: "交付中心|交付部|交付办|交付服务中心|交付管理部|交付服务部|交房中心|交房办|交房服务中心|集中交付中心|入伙中心|入伙办|收楼中心|客户交付部",
      en: "handover|handover centre|handover center|handover office|handover team|home handover|handover services|key collection|key handover|completion and handover|move in centre|move in center",
    },
    says: {
      zh: "交房|什么时候交房|交房时间|几号交房|交房日期|延期交房|逾期交房|交房延期|推迟交房|交房通知|交房通知书|收房通知|集中交付|房子交付|房屋交付|交房标准|收房|办收房|收房手续|收房流程|收房要带|验房|验房师|第三方验房|带验房师|陪验|拿钥匙|领钥匙|交钥匙|钥匙什么时候|入伙|入伙手续|收楼|业主开放日|工地开放日|预验房|实测实量|面积差|面积误差|面积补差|补差价|退面积差|实测面积|延期违约金|精装交付|收房时发现|拒收房|不收房|住宅质量保证书|住宅使用说明书|两书|通燃气|开通燃气|水电开通|交房时|交房的时候|收房的时候|收房时|交房要交|收房要交|交房费用|收房费用|交房前|收房前",
      en: "hand over|handover date|when is handover|get the keys|get our keys|get my keys|collect the keys|collect my keys|delayed handover|handover delayed|late handover|delay in handover|handover inspection|pre handover inspection|home inspection|inspect the flat|inspect the apartment|snagging|snag list|snags|floor area difference|area difference|actual floor area|measured area|quality guarantee certificate|owners manual|homeowner manual",
    },
    fallback: ["after_sales", "home_sales"],
  },
  warranty_repairs: {
    of: "company",
    names: {
      zh: "工程维保部|工程维保中心|工程维保|维保服务中心|房屋维保中心|房屋保修中心|房屋保修部|工程保修部|工程客服部|工程客服中心|交付维保部|房屋维修中心|维保客服中心",
      en: "home warranty|defects team|defect repairs|after handover repairs|post handover repairs|post-handover services|homeowner care|building warranty|property warranty|housing warranty|warranty and defects",
    },
    says: {
      zh: "保修|房屋保修|交房后|交付后|收房后|保修期|保修期内|过了保修期|质保期|质保|房屋质量|质量问题|房子质量|房屋质量问题|开发商保修|开发商维修|维保|墙裂|墙体开裂|墙面开裂|裂缝|开裂|空鼓|地砖空鼓|瓷砖空鼓|瓷砖脱落|瓷砖开裂|墙皮脱落|起皮|掉皮|渗水|渗漏|漏水|卫生间漏水|楼板渗水|窗户漏水|窗户渗水|飘窗漏水|外墙渗水|屋顶漏水|顶楼漏水|地下室渗水|返潮|发霉|防水|防水层|门窗|窗户关不严|窗户漏风|窗框|入户门|门变形|地板起拱|地板开裂|橱柜|精装问题|精装修质量|卫浴|烟道|烟道倒灌|暗管|维修单|维修进度|修了几次|反复维修|一直修不好|没人来修|整改|返修|约维修|维修预约",
      en: "under warranty|warranty period|after handover|since handover|since we moved in|report a defect|building defect|construction defect|snagging|crack|cracked wall|cracks in the wall|hairline crack|hollow tiles|loose tiles|cracked tiles|leak|leaking window|water seeping|seepage|seeping|damp|mould|mold|waterproofing|window frame|windows leak|still under warranty|every time it rains|whenever it rains|when it rains|rain comes in|rain gets in|water comes in when it rains|door frame|warped door|floorboards|buckled floor|kitchen cabinets|fittings|quality problem|poor quality|shoddy|workmanship|the developer|repair request|repair appointment|still not fixed|fixed several times|never came to fix",
    },
    fallback: ["after_sales", "maintenance"],
  },
} satisfies Partial<Record<Kind, KindWords>>;
