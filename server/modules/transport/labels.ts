/**
 * Element ids of the rows a link can point at: a parking lot on /transport/parking and a bike station
 * on /transport/bikes (the global search's hits lead there; the pages give the rows these ids).
 */
export const ROW_IDS = {
  lot: (code: string) => `lot-${code}`,
  bike: (code: string) => `bike-${code}`,
};

/** Pages of 智慧交通 the global search's documents point at. */
export const TRANSPORT_URLS = {
  line: (id: string) => `/transport/lines/${encodeURIComponent(id)}`,
  stop: (id: string) => `/transport/stops/${encodeURIComponent(id)}`,
  parking: (code: string) => `/transport/parking#${encodeURIComponent(ROW_IDS.lot(code))}`,
  bikes: (code: string) => `/transport/bikes#${encodeURIComponent(ROW_IDS.bike(code))}`,
};
