import { describe, expect, it } from "vitest";
import { MAX_PHOTO_BYTES, channelFromUserAgent, checkPhotos, photoFileName, sniffPhoto } from "./photos";

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
const WEBP = new Uint8Array([0x52, 0x49, 0x46, 0x46, 0x24, 0, 0, 0, 0x57, 0x45, 0x42, 0x50, 0x56, 0x50, 0x38, 0x20]);
const PDF = new TextEncoder().encode("%PDF-1.7\n");
const WAV = new Uint8Array([0x52, 0x49, 0x46, 0x46, 0x24, 0, 0, 0, 0x57, 0x41, 0x56, 0x45]);

describe("sniffPhoto", () => {
  it("recognises JPEG, PNG and WebP by their bytes", () => {
    expect(sniffPhoto(JPEG)).toBe("jpg");
    expect(sniffPhoto(PNG)).toBe("png");
    expect(sniffPhoto(WEBP)).toBe("webp");
  });
  it("refuses other content whatever it is called (PDF, a RIFF that is not WebP, text, empty)", () => {
    expect(sniffPhoto(PDF)).toBeNull();
    expect(sniffPhoto(WAV)).toBeNull();
    expect(sniffPhoto(new TextEncoder().encode("<svg xmlns='http://www.w3.org/2000/svg'/>"))).toBeNull();
    expect(sniffPhoto(new Uint8Array())).toBeNull();
  });
});

describe("checkPhotos", () => {
  const photo = (name: string, bytes: Uint8Array) => ({ name, bytes });
  it("accepts up to six real images and drops empty inputs", () => {
    const r = checkPhotos([
      photo("a.jpg", JPEG),
      photo("", new Uint8Array()),
      photo("b.png", PNG),
      photo("c.webp", WEBP),
      photo("d.jpg", JPEG),
      photo("e.jpg", JPEG),
      photo("f.jpg", JPEG),
    ]);
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.photos.map((p) => p.kind)).toEqual(["jpg", "png", "webp", "jpg", "jpg", "jpg"]);
  });
  it("refuses a seventh photo", () => {
    const r = checkPhotos(Array.from({ length: 7 }, (_, i) => photo(`${i}.jpg`, JPEG)));
    expect(r).toEqual({ ok: false, errors: ["最多上传6张照片，您选择了7张"] });
  });
  it("refuses a photo over 5 MB and a file that only claims to be an image, naming each", () => {
    const big = new Uint8Array(MAX_PHOTO_BYTES + 1);
    big.set(JPEG);
    const r = checkPhotos([photo("big.jpg", big), photo("fake.jpg", PDF), photo("ok.jpg", JPEG)]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual(["“big.jpg”超过5MB，请压缩后重新选择", "“fake.jpg”不是JPG、PNG或WebP图片，请重新选择"]);
  });
  it("accepts exactly 5 MB", () => {
    const edge = new Uint8Array(MAX_PHOTO_BYTES);
    edge.set(PNG);
    expect(checkPhotos([photo("edge.png", edge)]).ok).toBe(true);
  });
});

describe("photoFileName", () => {
  it("keeps the name without path or quotes and gives the sniffed extension", () => {
    expect(photoFileName("C:\\Users\\me\\路灯.jpeg", "jpg", 0)).toBe("路灯.jpg");
    expect(photoFileName('../../etc/"x".png', "webp", 0)).toBe("x.webp");
    expect(photoFileName("", "png", 2)).toBe("照片3.png");
  });
});

describe("channelFromUserAgent", () => {
  it("WeChat's in-app browser, other phones, PCs", () => {
    expect(channelFromUserAgent("Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) Mobile/15E148 MicroMessenger/8.0.50")).toBe(
      "wechat",
    );
    expect(channelFromUserAgent("Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 Chrome/126.0 Mobile Safari/537.36")).toBe(
      "mobile",
    );
    expect(
      channelFromUserAgent(
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Version/17.0 Mobile/15E148 Safari/604.1",
      ),
    ).toBe("mobile");
    expect(channelFromUserAgent("Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/126.0 Safari/537.36")).toBe("web");
    expect(channelFromUserAgent(null)).toBe("web");
  });
});
