import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { samplePdf, samplePng } from "../factories/documents.ts";
import { axeViolations, describeFindings } from "./axe.ts";
import { demoLogins, screenshot, signedInSession, visible } from "./browser.ts";

const session = signedInSession(demoLogins.advisor, "Meine Aufgaben");

describe("documents on the person page", () => {
  it("takes a dropped PDF and image, previews the image, downloads the PDF and refuses an executable", async () => {
    const { page } = session;
    await page.goto("/persons?q=Iyer");
    await (await visible(page.getByRole("link", { name: "Iyer, Rahul" }))).click();
    const section = page.locator("#documents");
    await visible(section.getByRole("heading", { level: 2, name: "Dokumente" }));
    await section.getByLabel("Dokumentart").selectOption("passport");

    // Different bytes every run: the same file twice would be recognised as a re-upload.
    const stamp = String(Date.now());
    const pdfName = `reisepass-${stamp}.pdf`;
    const pngName = `foto-${stamp}.png`;
    const files = [
      {
        name: pdfName,
        mime: "application/pdf",
        base64: Buffer.from(samplePdf([`Reisepass ${stamp}`])).toString("base64"),
      },
      {
        name: pngName,
        mime: "image/png",
        base64: Buffer.from(samplePng(5 + (Date.now() % 50), 4)).toString("base64"),
      },
    ];
    const dataTransfer = await page.evaluateHandle((list) => {
      const transfer = new DataTransfer();
      for (const file of list) {
        const bytes = Uint8Array.from(atob(file.base64), (char) => char.charCodeAt(0));
        transfer.items.add(new File([bytes], file.name, { type: file.mime }));
      }
      return transfer;
    }, files);
    const dropZone = section.getByTestId("document-drop-zone");
    await dropZone.dispatchEvent("dragover", { dataTransfer });
    await dropZone.dispatchEvent("drop", { dataTransfer });

    const uploads = section.getByRole("list", { name: "Hochladen" });
    await visible(uploads.getByRole("listitem").filter({ hasText: pdfName }).getByText("Hochgeladen"));
    await visible(uploads.getByRole("listitem").filter({ hasText: pngName }).getByText("Hochgeladen"));
    const pdfRow = await visible(section.getByRole("row").filter({ hasText: pdfName }));
    expect((await pdfRow.locator("td").allTextContents()).slice(0, 2)).toEqual(["Reisepass", pdfName]);

    // The server re-encodes the image into a small WebP: a thumbnail in the list, a larger view on demand.
    const pngRow = await visible(section.getByRole("row").filter({ hasText: pngName }));
    const thumbnail = pngRow.locator("img.document-thumbnail");
    await expect
      .poll(() => thumbnail.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth))
      .toBeGreaterThan(0);
    expect(await pdfRow.locator("img.document-thumbnail").count()).toBe(0);
    await section.getByRole("button", { name: `Vorschau von ${pngName}` }).click();
    const preview = await visible(section.getByRole("img", { name: `Vorschau: ${pngName}` }));
    await expect
      .poll(() => preview.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth))
      .toBeGreaterThan(0);
    expect(await preview.getAttribute("src")).toMatch(/^\/api\/documents\/[^/]+\/preview$/);

    // Sharing with a company is offered per document; it names what it waits for.
    await section.getByRole("button", { name: `${pdfName} mit einem Betrieb teilen` }).click();
    await visible(section.getByRole("heading", { level: 3, name: `${pdfName} mit Betrieben teilen` }));

    const [download] = await Promise.all([
      page.waitForEvent("download"),
      section.getByRole("button", { name: `${pdfName} herunterladen` }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(pdfName);
    expect(
      fs
        .readFileSync(await download.path())
        .subarray(0, 5)
        .toString("latin1"),
    ).toBe("%PDF-");

    // An executable named .pdf is refused by its content, and the list says why in words.
    const fakeName = `programm-${stamp}.pdf`;
    await section.getByLabel("Dateien auswählen").setInputFiles({
      name: fakeName,
      mimeType: "application/pdf",
      buffer: Buffer.from([0x4d, 0x5a, 0x90, 0x00, ...Buffer.from(stamp)]),
    });
    await visible(
      uploads
        .getByRole("listitem")
        .filter({ hasText: fakeName })
        .getByText(/Nicht hochgeladen: Dateityp nicht erlaubt/),
    );
    expect(await section.getByRole("row").filter({ hasText: fakeName }).count()).toBe(0);

    // The file chooser is reachable by keyboard, and the section speaks English when switched.
    await section.getByLabel("Dateien auswählen").focus();
    expect(
      await section.getByLabel("Dateien auswählen").evaluate((input) => input === document.activeElement),
    ).toBe(true);
    await section.scrollIntoViewIfNeeded();
    await screenshot(page, "person-documents");
    const violations = await axeViolations(page);
    expect(violations, describeFindings(violations)).toEqual([]);

    await page.getByRole("button", { name: "English" }).click();
    await visible(section.getByRole("heading", { level: 2, name: "Documents" }));
    await visible(
      section.getByRole("row").filter({ hasText: pdfName }).getByRole("cell", { name: "Passport" }),
    );
    await page.getByRole("button", { name: "Deutsch" }).click();
  });
});
