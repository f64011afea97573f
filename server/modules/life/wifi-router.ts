import { z } from "zod";
import { createTRPCRouter, publicProcedure } from "@/server/trpc";
import * as wifi from "@/server/modules/wifi/service";
import { ZWifiPlace } from "./outputs";

/** Free public Wi-Fi places, by district. */
export const wifiRouter = createTRPCRouter({
  places: publicProcedure
    .input(z.object({ district: z.enum(wifi.DISTRICTS, { error: "请选择区县" }).optional() }))
    .output(z.array(ZWifiPlace))
    .query(({ ctx, input }) => wifi.listWifiPlaces(ctx.db, { district: input.district })),

  districts: publicProcedure
    .output(z.array(z.object({ district: z.string(), count: z.number() })))
    .query(({ ctx }) => wifi.wifiDistricts(ctx.db)),
});
