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
      zh: "发货|发了没|发出|出货|送货|送货单|收货|到货|物流|物流信息|查物流|快递|快递单号|单号|运单|运单号|货运|运输|货到哪|柜子到哪|箱子到哪|货到了|到哪了|到哪里了|到哪儿了|什么时候到|什么时候能到|啥时候到|啥时候能到|多久能到|几天能到|几天到|货物|签收|配送|货什么时候|查件|查快递|查包裹|催件|催货|中转|中转站|中转场|转运中心|物流没更新|物流信息没更新|物流不动|轨迹没更新|派送|派件|签收回单|回单|签收单|拒收|没收到货|还没收到货|货还没到|还没到货|快递到哪了|包裹到哪了|运单查询|查单号|单号查不到|查不到单号|显示签收|显示已签收|签收了但|不是本人签收|被人签收|派送中|派送失败|投递失败|改派|转寄|自提|自提点|驿站|放驿站|放快递柜|几天了还没到|预计到达|预计什么时候到|预约送货|改送货时间|改时间送|周末送|物流停了|物流卡住|一直在中转|卡在中转|物流卡在|发错货|发错了货|少发货|漏发|漏发了|错发|错发了|少了几箱|少了两箱|少一箱|少了一箱|数量不对|件数不对|箱数不对|少货|多发了|发多了|提个货|卸车|装柜时间|送仓|送货预约|预约送货时间|送货时间|几点收货|几点可以送货|发货地址|发货通知|发货单|打托|缠膜|物流公司|司机到了|车到了|车在门口|车在厂门口|车已经到|快运|德邦|中通|圆通|韵达|申通|京东物流|跨越速运|安能|寄件|寄回来|退回的货|退货地址|寄回地址",
      en: "ship|shipping|shipment|shipments|shipped|deliver|delivery|deliveries|delivering|tracking|tracking number|track my|track the|waybill|goods|arrive|arrival|eta|consignment|where is my order|where is my shipment|where is my container|where is my cargo|where are my goods|status of my shipment|where is my parcel|where is my package|track my parcel|track my package|tracking hasnt updated|tracking not updated|tracking has not updated|stuck in transit|in transit|out for delivery|proof of delivery|pod|signed for|delivery attempt|missed delivery|redeliver|redelivery|delivery status|where is my delivery|wheres my parcel|wheres my package|wheres my shipment|shows delivered|says delivered|marked as delivered|marked delivered|never arrived|hasnt arrived|has not arrived|not arrived yet|not received|still not received|never received|havent received|late delivery|delivery delayed|shipment delayed|delayed shipment|delayed delivery|tracking says|tracking shows|tracking number doesnt work|tracking number not working|invalid tracking|no tracking|no tracking information|returned to sender|return to sender|reroute|redirect my parcel|redirect the delivery|hold at depot|collect from the depot|depot|pickup point|parcel shop|delivery window|delivery slot|delivery time|book a delivery|schedule a delivery|reschedule the delivery|reschedule delivery|deliver on saturday|expected delivery|estimated delivery|estimated arrival|short shipment|short delivery|delivery was short|missing cartons|missing boxes|missing a box|missing items|wrong items|wrong goods|wrong product sent|sent the wrong|shipped the wrong|over shipped|collect a load|collect goods|collections|pick up the goods|loading|load the truck|offload|loading bay|goods in dock|shipping address|dispatched|despatch|despatched|dispatch note|delivery note|packing slip|palletised|haulier|freight company|courier company|booking in|book in a delivery|delivery booking|return address|returns address",
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
      zh: "仓储部|仓库|仓储|仓管|仓储中心|库房|物流仓|保税仓|配送中心|仓储管理部|仓库管理|收货部|收货处|收货组|收货区|发货组|成品仓|原料仓|材料仓|仓管部|物料仓",
      en: "warehouse|warehousing|storeroom|distribution centre|distribution center|goods in|goods inwards|receiving dock|stores department|materials store",
    },
    says: {
      zh: "仓库|仓储|入库|出库|进仓|入仓|出仓|库存|盘点|备货|拣货|上架|库位|货架|托盘|仓储费|存储|存货|放货|仓单|入仓单|卸货|装货|仓库收货|送货进仓|货在仓库|提货|来提货|提一下货|仓租|仓储报价|租仓库|仓库面积|存放|囤货|寄存|代发货|贴标|换标|分拣|打包|重新包装|入库单|出库单|库存报表|盘点差异|库存不对|库存对不上|库位不够|仓库几点|仓库地址|送货入仓|入仓预约|预约入仓|卸柜|拆柜|装柜|掏箱|叉车|仓库收货时间",
      en: "warehouse|warehousing|storage|store our goods|stock|inventory|stock level|stock count|stock report|inventory report|our stock|our inventory|stock with you|in stock with you|have in stock with you|how many cartons|how many pallets|goods in|goods out|goods received|pallet|pallets|racking|collect from the warehouse|pick up from the warehouse|unload|unloading|loading dock|dock|storage space|rent warehouse space|warehouse space|pallet storage|pallet space|store goods|store our stock|bonded warehouse|bonded storage|fulfilment|fulfillment|pick and pack|labelling|labeling|relabel|repack|repacking|kitting|cross docking|cross dock|inventory count|stock discrepancy|stock is wrong|inventory is wrong|stock take|stocktake|delivery to the warehouse|deliver to your warehouse|booking slot|dock slot|unloading slot|devanning|stuffing|forklift|warehouse hours|warehouse address|goods receipt|grn",
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
      zh: "派车|派个车|调车|调度|车队|集卡|拖车|拖柜|提柜|还柜|送柜|装柜|拖回|拉货|拉一车|送一车|司机|车到哪|车到了没|车子|货车|卡车|大车|挂车|车牌|车辆|上门提货|装车|短驳|港区|码头|提箱|集装箱|司机电话|司机联系不上|联系不上司机|司机没来|车没来|车还没到|车还没来|提货车|叫车|约车|预约提货|上门取件|上门揽收|揽收|揽件|预约取件|取件|整车|零担|专线|冷链|冷藏车|厢式货车|平板车|尾板|带尾板|几米的车|九米六|十三米|四米二|车型|配载|回程车|返程车|运力|装卸|搬运|压车|等车|车辆调度|调度电话|派单",
      en: "truck|trucks|lorry|trailer|haulage|haul|container haulage|driver|drivers|pickup|pick up|collection|collect the goods|fleet|dispatch|dispatcher|send a truck|book a truck|delivery truck|van|drayage|port pickup|container|containers|book a collection|arrange a collection|collection request|collect a parcel|collect from our|collect from my|courier pickup|pick up from our|pickup from our|the driver|driver hasnt|driver didnt|driver never|driver is late|driver is lost|no show|truck hasnt arrived|truck is late|lorry is late|ftl|ltl|full truckload|full load|less than truckload|part load|reefer|refrigerated truck|refrigerated|cold chain|temperature controlled|tail lift|flatbed|box truck|curtain sider|articulated|vehicle size|loading time|waiting time|demurrage at|drop trailer|backhaul|return load|tracking the truck|gps",
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
      zh: "订舱|舱位|船期|船公司|开船|截关|截港|甩柜|甩货|改船|换船|换一条船|改配|船晚了|船延误|船期延误|延误|海运|空运|铁运|中欧班列|班列|拼箱|整柜|小柜|大柜|高柜|运价|海运费|空运费|运费报价|目的港|起运港|航线|舱单|订个舱|赶不上船|赶船|装船|预配|船|订舱单|舱位紧|爆舱|运价上涨|运费涨|涨价了|旺季附加费|附加费|燃油附加费|THC|码头费|提单费|目的港费用|DDP|DDU|FOB|CIF|EXW|门到门|双清|包税|海派|空派|卡派|FBA|亚马逊仓|拼柜|散货|重货|泡货|计费重|体积重|方数|立方|几个方|多少方|航班|起飞|落地|中转港|直航",
      en: "freight|freight rate|freight rates|freight quote|ocean freight|sea freight|air freight|rail freight|book space|booking space|space on|vessel|sailing|sailing schedule|shipping line|carrier|container rates|fcl|lcl|port of loading|port of discharge|destination port|transit time|transshipment|rolled|cut off|forwarder|forwarding|ship to|shipment to|by sea|by air|surcharge|surcharges|bunker|baf|peak season surcharge|pss|gri|thc|terminal handling|door to door|ddp|ddu|dap|fob|cif|exw|incoterms|incoterm|fba|amazon fba|consolidation|groupage|ocean rate|air rate|kg rate|per kg|chargeable weight|volumetric weight|volume weight|cbm|cubic metres|cubic meters|flight|flights|direct flight|transit port|direct sailing|vessel name|voyage|etd|eta at|free time|demurrage|detention charges|container type|40 foot|20 foot|40ft|20ft|high cube|reefer container|dangerous goods|dg cargo|hazardous cargo|msds|battery shipment|ship batteries",
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
      zh: "报关|清关|通关|海关|商检|检验检疫|查验|扣货|被扣|扣了|海关扣|海关查验|被查验|查柜|扣柜|被海关|关税|税率|HS编码|归类|申报|进口申报|出口申报|报关单|报关资料|清关资料|清关文件|退运|监管仓|许可证|核销|进口税|缴税|放行|到港|关税多少|要交多少税|税费|进口关税|补税|海关编码|申报要素|报关委托书|委托书|代理报关|清关时效|清关要多久|海关放行|放行了没|查验费|商检证|原产地|海关查|被海关查|海关要求|海关问|海关卡|卡海关|海关那边|清关卡|清关不了|清关失败|无法清关|清关延误|进口许可|3C认证|CCC认证|海关备案|收发货人备案|一般贸易|跨境电商清关|快件清关|个人物品清关|行邮税",
      en: "customs|clearance|customs clearance|clear customs|declaration|import declaration|export declaration|customs declaration|duty|duties|tariff|tariffs|hs code|held by customs|held at customs|customs hold|stuck in customs|held for inspection|held at the port|held up at the port|held up at customs|customs inspection|inspection at the port|container inspection|detained|seized|customs broker|broker|quarantine|import license|import licence|import permit|how much duty|duty and tax|duties and taxes|import duty|customs duty|import vat|customs fees|customs charges|customs paperwork|customs documents|customs docs|customs form|customs invoice|power of attorney for customs|commodity code|tariff code|release from customs|cleared customs|has it cleared|customs released|customs query|customs asked|customs want|customs need|customs requirement|customs requirements|export license|export licence|export permit|ccc certificate|ccc certification|de minimis|duty free|duty paid|bonded",
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
      zh: "提单|~提单号|海运提单|正本提单|电放|改单|产地证|原产地证|信用证|单据|不符点|箱单|装箱单|商业发票|单证|制单|寄单|交单|议付|熏蒸证|形式发票|证书|改提单|提单改|提单确认|提单样本|提单草稿|补料|截单|截补料|VGM|舱单|AMS|ISF|ENS|箱单发票|报关资料|FORM E|FORM A|熏蒸|植检证|卫生证|领事认证|使馆认证|公证认证|贸促会|单据寄|快递单据|正本|副本|电放保函|保函|海运单|唛头|改唛头",
      en: "bill of lading|b l|telex release|original bill|certificate of origin|letter of credit|lc|l c|documents|document|packing list|commercial invoice|shipping documents|discrepancy|discrepancies|draft bl|amendment|fumigation certificate|bl draft|draft b l|draft bill of lading|b l amendment|amend the bl|amend the b l|correct the bl|correct the b l|bl correction|shipping instructions|si cut off|vgm|manifest|ams|isf|ens|form e|form a|co certificate|phytosanitary|health certificate|legalisation|legalization|consular|embassy attestation|chamber of commerce|courier the originals|original documents|originals|surrender|seaway bill|sea waybill|lc documents|shipping marks|marks and numbers",
    },
    parent: "logistics",
    fallback: ["logistics", "customs", "freight"],
  },
} satisfies Partial<Record<Kind, KindWords>>;
