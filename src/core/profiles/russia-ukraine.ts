import type { ConflictProfile } from "./types.ts";

/** Russia's war against Ukraine (2014–). Places are cities and regions commonly named in reports. */
export const RUSSIA_UKRAINE: ConflictProfile = {
  id: "russia-ukraine",
  minSides: 2,
  minPerSide: 2,
  sides: [
    {
      id: "russia",
      label: "Russia",
      bodies: [
        { name: "Russian Defence Ministry", aliases: ["Russian MoD", "Russian Ministry of Defence", "Russian Ministry of Defense", "Russia's Defence Ministry", "Russia's Defense Ministry", "Russian Defense Ministry", "Russian defence ministry", "Russia's Ministry of Defence", "Russia's Ministry of Defense", "Moscow's Defence Ministry", "Moscow's defense ministry"] },
      ],
      capital: "Moscow",
      names: ["Russia", "Moscow", "Kremlin", "Russian Federation"],
      demonyms: ["Russian", "Russia's", "Moscow's", "Kremlin's", "Russians"],
      institutions: [
        "TASS", "Tass", "RIA Novosti", "RIA", "Interfax", "Sputnik", "RT", "Rossiya", "Izvestia", "Wagner",
        "Rosgvardia", "FSB", "GRU", "Duma", "Roscosmos", "Rosatom", "Zvezda", "Akhmat", "Luhansk People's Republic",
        "Donetsk People's Republic", "LPR", "DPR", "Chechen", "Kadyrov", "Rybar", "milbloggers", "milblogger",
        "Ministry of Defence of the Russian Federation",
      ],
      places: [
        "Belgorod", "Kursk", "Bryansk", "Rostov", "Voronezh", "Krasnodar", "Taganrog", "Novorossiysk", "Sevastopol",
        "Crimea", "Crimean", "Moscow", "St Petersburg", "Saint Petersburg", "Tatarstan", "Samara", "Smolensk",
        "Grayvoron", "Shebekino", "Tula", "Oryol", "Engels", "Saratov", "Kaluga", "Volgograd", "Lipetsk", "Tver",
      ],
      proxyMarkers: [
        "pro-Russian", "pro-Russia", "pro-Moscow", "pro-Kremlin", "Russian-installed", "Russia-installed",
        "Moscow-installed", "Kremlin-installed", "Russian-backed", "Russia-backed", "Moscow-backed",
        "Kremlin-backed", "self-proclaimed", "separatist", "separatists", "people's republic", "people’s republic",
        "Russian-appointed", "Moscow-appointed", "Kremlin-appointed", "Russia-appointed", "occupation authorities", "occupation officials",
      ],
      leaders: ["Putin", "Vladimir Putin", "Shoigu", "Lavrov", "Peskov", "Medvedev", "Gerasimov", "Belousov"],
    },
    {
      id: "ukraine",
      label: "Ukraine",
      bodies: [
        { name: "Ukrainian General Staff", aliases: ["General Staff of the Armed Forces of Ukraine", "Ukraine's General Staff", "Ukrainian General Staff", "Ukrainian military's General Staff", "General Staff of Ukraine's armed forces"] },
        { name: "Ukrainian Air Force", aliases: ["Ukraine's Air Force", "Ukrainian Air Force", "Ukraine's air force", "Ukrainian air force", "Air Force of Ukraine"] },
      ],
      capital: "Kyiv",
      names: ["Ukraine", "Kyiv", "Kiev"],
      demonyms: ["Ukrainian", "Ukraine's", "Kyiv's", "Kiev's", "Ukrainians"],
      institutions: [
        "Ukrinform", "Suspilne", "Ukrenergo", "Naftogaz", "Azov", "SBU", "HUR", "GUR", "Verkhovna Rada",
        "Armed Forces of Ukraine", "General Staff", "Ukrzaliznytsia", "Energoatom",
      ],
      places: [
        "Kyiv", "Kiev", "Kharkiv", "Lviv", "Odesa", "Odessa", "Dnipro", "Dnipropetrovsk", "Zaporizhzhia",
        "Zaporizhia", "Kherson", "Mykolaiv", "Sumy", "Chernihiv", "Poltava", "Vinnytsia", "Zhytomyr", "Rivne",
        "Lutsk", "Ternopil", "Khmelnytskyi", "Ivano-Frankivsk", "Uzhhorod", "Chernivtsi", "Cherkasy",
        "Kirovohrad", "Kirovograd", "Kropyvnytskyi", "Luhansk", "Donetsk", "Mariupol", "Bakhmut", "Kramatorsk",
        "Sloviansk", "Izyum", "Izium", "Pokrovsk", "Kupiansk", "Avdiivka", "Sievierodonetsk", "Severodonetsk",
        "Lysychansk", "Kreminna", "Bucha", "Irpin", "Bila Tserkva", "Kryvyi Rih", "Nikopol", "Chasiv Yar",
        "Kostiantynivka", "Vuhledar", "Toretsk", "Myrnohrad", "Huliaipole", "Orikhiv",
      ],
      proxyMarkers: ["pro-Ukrainian", "pro-Kyiv", "Kyiv-backed", "Ukrainian-backed"],
      leaders: ["Zelensky", "Zelenskyy", "Zelenskiy", "Volodymyr Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy", "Zaluzhny", "Syrskyi", "Syrskii"],
    },
  ],
};
