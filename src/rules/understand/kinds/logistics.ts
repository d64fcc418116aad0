import type { Kind, KindWords } from "./kind.ts";

/** What callers say to a logistics business: shipping, warehousing, trucking, forwarding, customs and documents. */
export const LOGISTICS_KINDS = {
  logistics: {
    of: "company",
    names: {
      zh: "储运部|储运|物流部|物流|物流中心|发货部|货运|收发室|仓储物流部|供应链物流|货物跟踪|货物跟踪组|物流跟踪|跟踪组|查件中心|查件|货物查询",
      en: "logistics|shipping|shipping department|distribution|logistics department|tracking|shipment tracking|parcel tracking|cargo tracking|track and trace|tracing",
    },
    says: {
      zh: "发货|发了没|发出|出货|送货|送货单|收货|到货|物流|物流信息|查物流|快递|快递单号|单号|运单|运单号|货运|运输|货到哪|柜子到哪|箱子到哪|货到了|到哪了|到哪里了|到哪儿了|什么时候到|货物|签收|配送|货什么时候|查件|查快递|查包裹|催件|催货|中转|中转站|中转场|转运中心|物流没更新|物流信息没更新|物流不动|轨迹没更新|派送|派件|签收回单|回单|签收单|拒收|没收到货|还没收到货|货还没到|还没到货",
      en: "ship|shipping|shipment|shipments|shipped|deliver|delivery|deliveries|delivering|tracking|tracking number|track my|track the|waybill|goods|arrive|arrival|eta|consignment|where is my order|where is my shipment|where is my container|where is my cargo|where are my goods|status of my shipment|where is my parcel|where is my package|track my parcel|track my package|tracking hasnt updated|tracking not updated|tracking has not updated|stuck in transit|in transit|out for delivery|proof of delivery|pod|signed for|delivery attempt|missed delivery|redeliver|redelivery|delivery status",
    },
    fallback: [
      "after_sales",
      "warehouse",
      "transport",
      "freight",
      "production",
      "sales",
      "administration",
    ],
  },
  warehouse: {
    of: "company",
    names: {
      zh: "仓储部|仓库|仓储|仓管|仓储中心|库房|物流仓|保税仓|配送中心|仓储管理部|仓库管理",
      en: "warehouse|warehousing|stores|storeroom|distribution centre|distribution center|goods in",
    },
    says: {
      zh: "仓库|仓储|入库|出库|进仓|入仓|出仓|库存|盘点|备货|拣货|上架|库位|货架|托盘|仓储费|存储|存货|放货|仓单|入仓单|卸货|装货|仓库收货|送货进仓|货在仓库|提货|来提货|提一下货",
      en: "warehouse|warehousing|storage|store our goods|stock|inventory|stock level|stock count|stock report|inventory report|our stock|our inventory|stock with you|in stock with you|have in stock with you|how many cartons|how many pallets|goods in|goods out|goods received|pallet|pallets|racking|collect from the warehouse|pick up from the warehouse|unload|unloading|loading dock|dock",
    },
    parent: "logistics",
    fallback: ["logistics", "production"],
  },
  transport: {
    of: "company",
    names: {
      zh: "运输部|运输调度中心|调度中心|运输调度|车队|运输中心|调度室|调度|车辆调度|运输车队",
      en: "transport|transportation|transport dispatch|dispatch|fleet|haulage|trucking|transport department",
    },
    says: {
      zh: "派车|派个车|调车|调度|车队|集卡|拖车|拖柜|提柜|还柜|送柜|装柜|拖回|拉货|拉一车|送一车|司机|车到哪|车到了没|车子|货车|卡车|大车|挂车|车牌|车辆|上门提货|装车|短驳|港区|码头|提箱|集装箱",
      en: "truck|trucks|lorry|trailer|haulage|haul|container haulage|driver|drivers|pickup|pick up|collection|collect the goods|fleet|dispatch|dispatcher|send a truck|book a truck|delivery truck|van|drayage|port pickup|container|containers",
    },
    parent: "logistics",
    fallback: ["logistics", "administration"],
  },
  freight: {
    of: "company",
    names: {
      zh: "货代部|货代|货运代理|国际货运|国际物流部|海运部|空运部|订舱部|航运部|船务部|船务|货运代理部",
      en: "freight forwarding|freight|forwarding|ocean freight|air freight|sea freight|shipping agency|forwarder|freight department",
    },
    says: {
      zh: "订舱|舱位|船期|船公司|开船|截关|截港|甩柜|甩货|改船|换船|换一条船|改配|船晚了|船延误|船期延误|延误|海运|空运|铁运|中欧班列|班列|拼箱|整柜|小柜|大柜|高柜|运价|海运费|空运费|运费报价|目的港|起运港|航线|舱单|订个舱|赶不上船|赶船|装船|预配|船",
      en: "freight|freight rate|freight rates|freight quote|ocean freight|sea freight|air freight|rail freight|book space|booking space|space on|vessel|sailing|sailing schedule|shipping line|carrier|container rates|fcl|lcl|port of loading|port of discharge|destination port|transit time|transshipment|rolled|cut off|forwarder|forwarding|ship to|shipment to|by sea|by air",
    },
    parent: "logistics",
    fallback: ["logistics", "sales"],
  },
  customs: {
    of: "company",
    names: {
      zh: "关务部|关务|报关部|清关部|通关部|关务中心|报关行|报关",
      en: "customs|customs affairs|customs brokerage|customs clearance|customs department|brokerage",
    },
    says: {
      zh: "报关|清关|通关|海关|商检|检验检疫|查验|扣货|被扣|扣了|海关扣|海关查验|被查验|查柜|扣柜|被海关|关税|税率|HS编码|归类|申报|进口申报|出口申报|报关单|报关资料|清关资料|清关文件|退运|监管仓|许可证|核销|进口税|缴税|放行|到港",
      en: "customs|clearance|customs clearance|clear customs|declaration|import declaration|export declaration|customs declaration|duty|duties|tariff|tariffs|hs code|held by customs|held at customs|customs hold|stuck in customs|held for inspection|held at the port|held up at the port|held up at customs|customs inspection|inspection at the port|container inspection|detained|seized|customs broker|broker|quarantine|import license|import licence|import permit",
    },
    parent: "logistics",
    fallback: ["logistics", "freight", "sales"],
  },
  documentation: {
    of: "company",
    names: {
      zh: "单证部|单证|单证中心|单证科|制单|文件部|单证组",
      en: "documentation|documents|shipping documents|docs|documentation department",
    },
    says: {
      zh: "提单|~提单号|海运提单|正本提单|电放|改单|产地证|原产地证|信用证|单据|不符点|箱单|装箱单|商业发票|单证|制单|寄单|交单|议付|熏蒸证|形式发票|证书",
      en: "bill of lading|b l|telex release|original bill|certificate of origin|letter of credit|lc|l c|documents|document|packing list|commercial invoice|shipping documents|discrepancy|discrepancies|draft bl|amendment|fumigation certificate",
    },
    parent: "logistics",
    fallback: ["logistics", "customs", "freight"],
  },
} satisfies Partial<Record<Kind, KindWords>>;
