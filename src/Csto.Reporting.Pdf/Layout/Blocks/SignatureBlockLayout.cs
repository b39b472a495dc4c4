using Csto.Reporting.Documents;
using Csto.Reporting.Pdf.Frames;
using Csto.Reporting.Pdf.Text;
using Csto.Reporting.Themes;

namespace Csto.Reporting.Pdf.Layout.Blocks;

/// <summary>
/// Signatures in two columns: the office on the left, the name right-aligned at the right edge on the baseline of
/// the office's last line. The whole block is one slice, so it is never split across pages, and it keeps with what
/// precedes it (the place-and-date line and the last lines of text, <see cref="Slice.KeepWithPrevious"/>).
/// </summary>
internal sealed class SignatureBlockLayout : BlockLayout<SignatureBlock>
{
    /// <inheritdoc />
    protected override void Layout(SignatureBlock block, LayoutScope scope, LayoutContext context, List<Slice> output)
    {
        var (format, _, _) = ParagraphFormats.For(ParagraphStyle.Plain, scope, context);
        format = format with { Hyphenate = false, FirstLineIndent = 0, LineSpacing = 1.05f };
        var officeWidth = scope.Width * 0.6f;
        var rows = new List<(TypesetText Office, TypesetText? Name, float Top, float NameTop)>();
        var y = 0f;
        var gap = format.Size * 1.6f;
        foreach (var signatory in block.Signatories)
        {
            var officeInlines = new List<Inline>();
            foreach (var part in signatory.Office.Split('\n'))
            {
                if (officeInlines.Count > 0)
                {
                    officeInlines.Add(LineBreak.Instance);
                }
                officeInlines.Add(new TextRun(part.Trim()));
            }
            var office = context.Typeset(officeInlines, format with { Alignment = TextAlignment.Left }, officeWidth);
            var officeHeight = office.Lines.Count * office.LineHeight;
            TypesetText? name = null;
            var rowHeight = officeHeight;
            var officeTop = y;
            var nameTop = y;
            if (!string.IsNullOrWhiteSpace(signatory.Name))
            {
                name = context.Typeset([new TextRun(signatory.Name)], format with { Alignment = TextAlignment.Right }, scope.Width - officeWidth);
                var nameHeight = name.Lines.Count * name.LineHeight;
                // The name's last baseline sits on the office's last baseline.
                nameTop = y + officeHeight - nameHeight;
                if (nameTop < y)
                {
                    officeTop += y - nameTop;
                    nameTop = y;
                }
                rowHeight = Math.Max(officeTop - y + officeHeight, nameTop - y + nameHeight);
            }
            rows.Add((office, name, officeTop, nameTop));
            y += rowHeight + gap;
        }
        output.Add(new SignatureSlice(rows, scope.X, officeWidth, y - gap) { SpaceBefore = format.Size * 2, SpaceAfter = format.Size, KeepWithPrevious = true });
    }

    private sealed class SignatureSlice : Slice
    {
        private readonly List<(TypesetText Office, TypesetText? Name, float Top, float NameTop)> rows;
        private readonly float x;
        private readonly float officeWidth;

        public SignatureSlice(List<(TypesetText Office, TypesetText? Name, float Top, float NameTop)> rows, float x, float officeWidth, float height)
        {
            this.rows = rows;
            this.x = x;
            this.officeWidth = officeWidth;
            Height = height;
        }

        public override void Draw(FrameBuilder canvas, float left, float top)
        {
            foreach (var (office, name, officeTop, nameTop) in rows)
            {
                for (var i = 0; i < office.Lines.Count; i++)
                {
                    TextLineRenderer.Draw(canvas, office, i, left + x, top + officeTop + i * office.LineHeight);
                }
                if (name is not null)
                {
                    for (var i = 0; i < name.Lines.Count; i++)
                    {
                        TextLineRenderer.Draw(canvas, name, i, left + x + officeWidth, top + nameTop + i * name.LineHeight);
                    }
                }
            }
        }
    }
}
