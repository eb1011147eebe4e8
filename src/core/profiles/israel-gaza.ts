import type { ConflictProfile } from "./types.ts";

/** Israel and Gaza (and the regional fronts: Hezbollah, Iran and its allies). */
export const ISRAEL_GAZA: ConflictProfile = {
  id: "israel-gaza",
  minSides: 2,
  minPerSide: 2,
  sides: [
    {
      id: "israel",
      label: "Israel",
      bodies: [
        { name: "Israel Defense Forces", aliases: ["IDF", "Israeli military", "Israeli army", "Israeli Defense Forces", "Israel Defence Forces", "Israeli forces", "Israeli Defence Forces", "Israel's military", "Israel's army"] },
      ],
      capital: "Jerusalem",
      names: ["Israel", "Jerusalem", "Tel Aviv"],
      demonyms: ["Israeli", "Israel's", "Israelis"],
      institutions: [
        "IDF", "Israel Defense Forces", "Israeli Defense Forces", "Shin Bet", "Mossad", "Knesset", "COGAT",
        "Israeli army", "Israeli military", "Israel Prison Service", "Magen David Adom", "Iron Dome",
      ],
      places: ["Sderot", "Ashkelon", "Ashdod", "Haifa", "Tel Aviv", "Beersheba", "Kiryat Shmona", "Metula", "Eilat"],
      proxyMarkers: ["pro-Israel", "pro-Israeli"],
      leaders: ["Netanyahu", "Benjamin Netanyahu", "Gallant", "Katz", "Hagari", "Herzog"],
    },
    {
      id: "palestinian",
      label: "Palestinian",
      bodies: [
        { name: "Gaza Health Ministry", aliases: ["Gaza health ministry", "Gaza's health ministry", "Hamas-run health ministry", "Palestinian health ministry", "health ministry in Gaza", "Gaza Ministry of Health", "Hamas-run Gaza health ministry", "Hamas-controlled health ministry"] },
        { name: "Gaza civil defence", aliases: ["Gaza civil defence", "Gaza's civil defence agency", "Gaza civil defence agency", "civil defence agency", "Gaza civil defense", "Gaza's civil defense agency", "civil defense agency", "Palestinian civil defence"] },
      ],
      names: ["Gaza", "Palestine", "West Bank", "Ramallah"],
      demonyms: ["Palestinian", "Palestinians", "Gazan", "Gaza's", "Palestine's"],
      institutions: [
        "Hamas", "Qassam", "al-Qassam", "Al-Qassam Brigades", "Islamic Jihad", "PIJ", "Al-Quds Brigades",
        "Palestinian Authority", "Fatah", "PLO", "Wafa", "Gaza health ministry", "Hamas-run", "Hamas-controlled",
        "civil defence", "civil defense", "Red Crescent", "Palestine Red Crescent", "Gaza Health Ministry",
      ],
      places: ["Gaza", "Rafah", "Khan Younis", "Khan Yunis", "Jabalia", "Deir al-Balah", "Beit Lahia", "Nuseirat", "Jenin", "Nablus", "Hebron", "Tulkarem"],
      proxyMarkers: ["Hamas-run", "Hamas-controlled", "Hamas-led", "pro-Palestinian"],
      leaders: ["Sinwar", "Haniyeh", "Abbas", "Mahmoud Abbas"],
    },
    {
      id: "hezbollah",
      label: "Hezbollah",
      names: ["Hezbollah", "Hizbollah", "Hizballah"],
      demonyms: ["Hezbollah's"],
      institutions: ["Hezbollah", "Hizbollah", "Al-Manar", "Radwan"],
      places: [],
      proxyMarkers: ["Hezbollah-run", "Hezbollah-affiliated"],
      leaders: ["Nasrallah", "Qassem"],
    },
    {
      id: "iran",
      label: "Iran",
      capital: "Tehran",
      names: ["Iran", "Tehran", "Houthis", "Houthi"],
      demonyms: ["Iranian", "Iran's", "Tehran's", "Houthi"],
      institutions: ["IRGC", "Revolutionary Guards", "Revolutionary Guard", "Quds Force", "Houthis", "Ansar Allah", "Press TV", "IRNA", "Tasnim", "Fars"],
      places: [],
      proxyMarkers: ["Iran-backed", "Iranian-backed", "Houthi-run", "Houthi-controlled"],
      leaders: ["Khamenei", "Pezeshkian"],
    },
  ],
};
