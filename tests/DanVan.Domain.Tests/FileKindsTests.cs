using System.IO.Compression;
using DanVan.Domain.Files;

namespace DanVan.Domain.Tests;

public sealed class FileKindsTests
{
    private static byte[] Zip(params string[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var e in entries) zip.CreateEntry(e);
        return buffer.ToArray();
    }

    [Fact]
    public void Each_kind_is_known_by_its_first_bytes_or_its_zip_parts()
    {
        Assert.Equal(FileKind.Pdf, FileKinds.Detect("%PDF-1.4\n..."u8.ToArray()));
        Assert.Equal(FileKind.Jpeg, FileKinds.Detect([0xFF, 0xD8, 0xFF, 0xDB, 0]));
        Assert.Equal(FileKind.Png, FileKinds.Detect([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0]));
        Assert.Equal(FileKind.Docx, FileKinds.Detect(Zip("[Content_Types].xml", "word/document.xml")));
    }

    [Fact]
    public void Other_content_is_not_accepted_whatever_it_resembles()
    {
        Assert.Null(FileKinds.Detect([]));
        Assert.Null(FileKinds.Detect("MZ\u0090\0"u8.ToArray()));
        Assert.Null(FileKinds.Detect(Zip("xl/workbook.xml")));
        Assert.Null(FileKinds.Detect("PK\u0003\u0004 not really a zip"u8.ToArray()));
        Assert.Null(FileKinds.Detect("%PD"u8.ToArray()));
        Assert.Null(FileKinds.Detect([0x89, 0x50, 0x4E, 0x47]));
    }
}
