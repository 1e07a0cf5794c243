using Rkaskpd.Forms;

namespace Rkaskpd.Spreadsheet;

/// <summary>The SIPD-era parts and the signature block of <see cref="FormSheet"/>.</summary>
internal static partial class FormSheet
{
    /// <summary>Adds the header of an SIPD-era form in the order of SIPD's <c>RKA - Rincian Belanja SKPD</c> print:
    /// urusan, bidang urusan, program, sasaran program, the <c>Capaian Program</c> rows (indikator in B, target in C,
    /// a quantity's unit in D), kegiatan (the rows so far stay frozen), organisasi, unit and sub unit.</summary>
    private static void AddSipdHeader(SheetLayout sheet, RkaForm form)
    {
        FormHeader header = form.Header;
        AddField(sheet, header.Urusan);
        AddOptionalField(sheet, header.BidangUrusan);
        AddField(sheet, header.Program);
        AddText(sheet, "Sasaran Program", header.SasaranProgram);
        foreach (Indicator indicator in form.Indicators)
        {
            if (indicator.Kind == IndicatorKind.CapaianProgram)
            {
                sheet.Add(
                    SheetCell.OfText(indicator.Label.Length > 0 ? indicator.Label : IndicatorKinds.GetLabel(indicator.Kind), CellStyle.Bold),
                    SheetCell.OfText(indicator.TolokUkur),
                    TargetCell(indicator.Target),
                    indicator.Target is QuantityTarget quantity ? SheetCell.OfText(quantity.Unit) : SheetCell.Empty);
            }
        }

        AddField(sheet, header.Kegiatan);
        sheet.FrozenRows = sheet.Rows.Count;
        AddField(sheet, header.Organisasi);
        AddOptionalField(sheet, header.UnitOrganisasi);
        AddOptionalField(sheet, header.SubUnitOrganisasi);
    }

    /// <summary>Adds the lines SIPD prints under the indicator table: sub kegiatan, sumber pendanaan, lokasi, waktu
    /// pelaksanaan and keluaran sub kegiatan.</summary>
    private static void AddSipdSubKegiatan(SheetLayout sheet, FormHeader header)
    {
        sheet.AddBlank();
        AddOptionalField(sheet, header.SubKegiatan);
        AddText(sheet, "Sumber Pendanaan", header.SumberPendanaan?.Text);
        AddText(sheet, "Lokasi", header.Lokasi);
        AddText(sheet, "Waktu Pelaksanaan", header.WaktuPelaksanaan);
        AddText(sheet, "Keluaran Sub Kegiatan", header.KeluaranSubKegiatan);
    }

    private static void AddOptionalField<TCode>(SheetLayout sheet, HeaderField<TCode>? field)
        where TCode : struct
    {
        if (field is not null)
        {
            AddField(sheet, field);
        }
    }

    private static void AddText(SheetLayout sheet, string label, string? text) =>
        sheet.Add(SheetCell.OfText(label, CellStyle.Bold), SheetCell.Empty, SheetCell.OfText(text));

    /// <summary>Adds a DPA's <c>Rencana Penarikan Dana</c>, when the form has one: its title, then one row a period (the
    /// period, its amount as a number) and its <c>Jumlah</c>.</summary>
    private static void AddRencanaPenarikan(SheetLayout sheet, RencanaPenarikanDana? plan)
    {
        if (plan is null)
        {
            return;
        }

        sheet.AddBlank();
        sheet.Add(SheetCell.OfText(plan.Title, CellStyle.Bold));
        foreach (PenarikanDana period in plan.Periode)
        {
            sheet.Add(SheetCell.OfText(period.Periode), SheetCell.Empty, SheetCell.OfRupiah(period.Jumlah));
        }

        if (plan.Jumlah is { } jumlah)
        {
            sheet.Add(SheetCell.OfText("Jumlah", CellStyle.Bold), SheetCell.Empty, SheetCell.OfRupiah(jumlah));
        }
    }

    /// <summary>Adds the signature block, when the form has one: place and date, jabatan, name, pangkat (when the form
    /// has it) and NIP.</summary>
    private static void AddTandaTangan(SheetLayout sheet, TandaTangan? signature)
    {
        if (signature is null)
        {
            return;
        }

        sheet.AddBlank();
        sheet.Add(SheetCell.OfText("Tanda Tangan", CellStyle.Bold));
        AddText(sheet, "Tempat dan Tanggal", signature.Tempat is null && signature.Tanggal is null ? null : signature.Tempat + ", " + signature.Tanggal);
        AddText(sheet, "Jabatan", signature.Jabatan);
        AddText(sheet, "Nama", signature.Nama);
        if (signature.Pangkat is not null)
        {
            AddText(sheet, "Pangkat", signature.Pangkat);
        }

        AddText(sheet, "NIP", signature.Nip);
    }
}
