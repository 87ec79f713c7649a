using System.Data.Common;
using System.Runtime.CompilerServices;
using Rapportering.Input.Kontrakt;

namespace Rapportering.Input;

/// <summary>
/// Reads the view contract (rap_* views) into input records, row by row: every cell is checked
/// against the contract (<see cref="ViewKontrakt"/>), a row that breaks it is left out and
/// counted, never read as a guess and never echoed. Provider differences live in
/// <see cref="DatabaseProvider"/>; what only the user can fix (a missing view or column, an
/// unreachable database) is a one-line <see cref="DataKildeFejl"/>.
/// </summary>
public sealed class ViewReader
{
    private readonly DatabaseProvider _provider;
    private readonly string _connectionString;
    private volatile bool _viewsTjekket;

    public ViewReader(Provider provider, string connectionString)
    {
        _provider = DatabaseProvider.For(provider);
        _connectionString = connectionString;
    }

    public async Task<IReadOnlyList<Kommune>> LaesKommunerAsync(CancellationToken ct = default)
    {
        await using var db = await AabnAsync(ct).ConfigureAwait(false);
        return (await KommunerAsync(db, ct).ConfigureAwait(false)).Kommuner;
    }

    /// <summary>
    /// The latest valid registration date in the data (a measure's start or an examination's
    /// decision): the "data as of" date when nothing else says it. Null when there are none.
    /// </summary>
    public async Task<DateOnly?> SenesteRegistreringAsync(CancellationToken ct = default)
    {
        await using var db = await AabnAsync(ct).ConfigureAwait(false);
        DateOnly? seneste = null;
        foreach (var (view, kolonne) in new[] { ("rap_indsats", "startdato"), ("rap_undersoegelse", "afgoerelsesdato") })
        {
            // Grouped, not MAX: one row of text ('i går') would otherwise be the maximum.
            await LaesRaekkerAsync(db, view, $"SELECT {kolonne} FROM {view} GROUP BY {kolonne}", null, r =>
            {
                if (Celle.Dato(r, 0, out var d) is null && (seneste is null || d > seneste)) seneste = d;
            }, ct).ConfigureAwait(false);
        }
        return seneste;
    }

    /// <summary>
    /// One kommune's input. Persons are those its measures and examinations refer to. rap_person
    /// and the national findings (full scans of every view) are read on connections of their
    /// own beside the kommune's views: the views number their person ids themselves.
    /// </summary>
    public async Task<KommuneInput> LaesKommuneAsync(int kommuneKode, CancellationToken ct = default)
    {
        await using var db = await AabnAsync(ct).ConfigureAwait(false);
        var (kommuner, kommuneKontrol) = await KommunerAsync(db, ct).ConfigureAwait(false);
        var kommune = kommuner.FirstOrDefault(k => k.KommuneKode == kommuneKode)
            ?? throw new DataKildeFejl($"kommune {kommuneKode} findes ikke i rap_kommune");
        await using var ved = new Ved(ct);
        var nationale = ved.Start(c => PaaEgenAsync(d => NationaleBrudAsync(d, kommuneKontrol, c), c));
        var register = new PersonRegister();
        var personer = ved.Start(c => PaaEgenAsync(d => LaesRegisterAsync(d, register, ViewSql.PersonerForKommune, kommuneKode, c), c));
        var (pl, plKontrol) = await PlIndeksAsync(db, ct).ConfigureAwait(false);
        var tekster = new Tekstpulje();
        var filter = ViewSql.EnKommune;

        var raa = KommuneRaa.Ny(kommune, register, tekster);
        foreach (var (view, sql, samler) in new (string, string, IViewSamler)[]
        {
            ("rap_befolkning", ViewSql.Befolkning, raa.Befolkning),
            ("rap_indsats", ViewSql.Indsatser, raa.Indsatser),
            ("rap_undersoegelse", ViewSql.Undersoegelser, raa.Undersoegelser),
            ("rap_regnskab", ViewSql.Regnskab, raa.Regnskab),
            ("rap_skoletrivsel", ViewSql.Skoletrivsel, raa.Skoletrivsel),
        })
            await LaesRaekkerAsync(db, view, string.Format(sql, filter), kommuneKode, samler.Laes, ct).ConfigureAwait(false);

        await personer.ConfigureAwait(false);
        return raa.Saml(register, pl, plKontrol, await nationale.ConfigureAwait(false), kommuner.Select(k => k.KommuneKode).ToHashSet());
    }

    /// <summary>
    /// Every kommune's input, in kommune order. Each view is read once for all kommuner with one
    /// query ordered by kommune_kode, on its own connection, and the rows are handed out one
    /// kommune at a time: few round trips, and only rap_person (a register) and the current
    /// kommune are held in memory. rap_person and the national findings are read beside the
    /// first kommune's views. The result per kommune is the same as <see cref="LaesKommuneAsync"/>'s.
    /// </summary>
    public async IAsyncEnumerable<KommuneInput> LaesAlleAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        IReadOnlyList<Kommune> kommuner;
        List<PlIndeks> pl;
        Raekkekontrol plKontrol;
        Raekkekontrol kommuneKontrol;
        var register = new PersonRegister();
        await using (var db = await AabnAsync(ct).ConfigureAwait(false))
        {
            (kommuner, kommuneKontrol) = await KommunerAsync(db, ct).ConfigureAwait(false);
            (pl, plKontrol) = await PlIndeksAsync(db, ct).ConfigureAwait(false);
        }
        await using var ved = new Ved(ct);
        var nationaleOpgave = ved.Start(c => PaaEgenAsync(d => NationaleBrudAsync(d, kommuneKontrol, c), c));
        var personer = ved.Start(c => PaaEgenAsync(d => LaesRegisterAsync(d, register, ViewSql.AllePersoner, null, c), c));
        var kendte = kommuner.Select(k => k.KommuneKode).ToHashSet();
        var tekster = new Tekstpulje();

        await using var befolkning = await StroemAsync("rap_befolkning", ViewSql.Befolkning, 0, KommuneRaa.NyBefolkning, kendte, ct).ConfigureAwait(false);
        await using var indsatser = await StroemAsync("rap_indsats", ViewSql.Indsatser, 2, () => new IndsatsRaekker(register), kendte, ct).ConfigureAwait(false);
        await using var undersoegelser = await StroemAsync("rap_undersoegelse", ViewSql.Undersoegelser, 1, () => new UndersoegelseRaekker(register), kendte, ct).ConfigureAwait(false);
        await using var regnskab = await StroemAsync("rap_regnskab", ViewSql.Regnskab, 0, () => KommuneRaa.NyRegnskab(tekster), kendte, ct).ConfigureAwait(false);
        await using var trivsel = await StroemAsync("rap_skoletrivsel", ViewSql.Skoletrivsel, 0, () => KommuneRaa.NySkoletrivsel(tekster), kendte, ct).ConfigureAwait(false);

        IReadOnlyList<Kontraktbrud>? nationale = null;
        // In a function of its own: the rows as read (and the views' own person ids) are garbage
        // once the kommune's input is made, not held by the iterator while the kommune is rendered.
        async Task<KommuneInput> Tag(Kommune kommune)
        {
            var kode = kommune.KommuneKode;
            var raa = new KommuneRaa(kommune)
            {
                Befolkning = await befolkning.TagKommuneAsync(kode, ct).ConfigureAwait(false),
                Indsatser = await indsatser.TagKommuneAsync(kode, ct).ConfigureAwait(false),
                Undersoegelser = await undersoegelser.TagKommuneAsync(kode, ct).ConfigureAwait(false),
                Regnskab = await regnskab.TagKommuneAsync(kode, ct).ConfigureAwait(false),
                Skoletrivsel = await trivsel.TagKommuneAsync(kode, ct).ConfigureAwait(false),
            };
            await personer.ConfigureAwait(false);
            nationale ??= await nationaleOpgave.ConfigureAwait(false);
            return raa.Saml(register, pl, plKontrol, nationale, kendte);
        }
        foreach (var kommune in kommuner)
        {
            ct.ThrowIfCancellationRequested();
            yield return await Tag(kommune).ConfigureAwait(false);
        }
    }

    /// <summary>rap_person into the register, which is whole when this ends.</summary>
    private static async Task LaesRegisterAsync(DbConnection db, PersonRegister register, string sql, int? kode, CancellationToken ct)
    {
        await LaesRaekkerAsync(db, "rap_person", sql, kode, r => ViewKontrakt.Person(r, register), ct).ConfigureAwait(false);
        register.Afslut();
    }

    /// <summary>Runs <paramref name="laes"/> on a connection of its own, closed after.</summary>
    private async Task<T> PaaEgenAsync<T>(Func<DbConnection, Task<T>> laes, CancellationToken ct)
    {
        await using var db = await AabnAsync(ct).ConfigureAwait(false);
        return await laes(db).ConfigureAwait(false);
    }

    private Task<bool> PaaEgenAsync(Func<DbConnection, Task> laes, CancellationToken ct) =>
        PaaEgenAsync(async db => { await laes(db).ConfigureAwait(false); return true; }, ct);

    /// <summary>
    /// Reads started beside the caller's own. Leaving the caller early (an error, a consumer that
    /// stops) cancels them and waits for them, so no connection outlives the read and no failure
    /// goes unobserved; the caller awaits each task for its result and its error.
    /// </summary>
    private sealed class Ved(CancellationToken ct) : IAsyncDisposable
    {
        private readonly CancellationTokenSource _cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
        private readonly List<Task> _opgaver = [];

        public Task<T> Start<T>(Func<CancellationToken, Task<T>> opgave)
        {
            var t = Task.Run(() => opgave(_cts.Token), _cts.Token);
            _opgaver.Add(t);
            return t;
        }

        public async ValueTask DisposeAsync()
        {
            if (_opgaver.Any(t => !t.IsCompleted)) await _cts.CancelAsync().ConfigureAwait(false);
            // An error here was seen by the caller when it awaited the task, or the caller left with its own.
            try { await Task.WhenAll(_opgaver).ConfigureAwait(false); }
            catch (Exception) { }
            _cts.Dispose();
        }
    }

    private Task<KommuneStroem<T>> StroemAsync<T>(string view, string sql, int kodeKolonne, Func<T> ny,
        IReadOnlySet<int> kendte, CancellationToken ct) where T : IViewSamler =>
        KommuneStroem<T>.AabnAsync(view, AabnAsync, string.Format(sql, ""), kodeKolonne, ny, kendte, ct);

    /// <summary>rap_kommune's valid rows, and the check that read them.</summary>
    private static async Task<(IReadOnlyList<Kommune> Kommuner, Raekkekontrol Kontrol)> KommunerAsync(DbConnection db, CancellationToken ct)
    {
        var kontrol = new Raekkekontrol("rap_kommune");
        var kommuner = new List<Kommune>();
        await LaesRaekkerAsync(db, "rap_kommune", ViewSql.Kommuner, null, r =>
        {
            if (ViewKontrakt.Kommune(r, kontrol) is { } k) kommuner.Add(k);
        }, ct).ConfigureAwait(false);
        // One code twice: a copy counts once; two names are a conflict, but the kommune exists,
        // so it keeps its code and is named by it (its template's name wins anyway).
        var brud = new List<Kontraktbrud>();
        var unikke = new List<Kommune>();
        int kopier = 0, modstrid = 0;
        foreach (var g in kommuner.GroupBy(k => k.KommuneKode))
        {
            var navne = g.Select(k => k.Navn).Distinct(StringComparer.Ordinal).Count();
            if (navne == 1) { kopier += g.Count() - 1; unikke.Add(g.First()); }
            else { modstrid += g.Count(); unikke.Add(new Kommune(g.Key, $"Kommune {g.Key}")); }
        }
        if (kopier > 0) brud.Add(new Kontraktbrud("rap_kommune", Kontraktregler.Dublet, null, kopier, Behandling.TaltEnGang));
        if (modstrid > 0) brud.Add(new Kontraktbrud("rap_kommune", Kontraktregler.Modstrid, "navn", modstrid, Behandling.Erstattet));
        return (unikke, kontrol.MedBrud(brud));
    }

    private static async Task<(List<PlIndeks> Pl, Raekkekontrol Kontrol)> PlIndeksAsync(DbConnection db, CancellationToken ct)
    {
        var kontrol = new Raekkekontrol("rap_pl_indeks");
        var pl = new List<PlIndeks>();
        await LaesRaekkerAsync(db, "rap_pl_indeks", ViewSql.PlIndeks, null, r =>
        {
            if (ViewKontrakt.PlIndeks(r, kontrol) is { } p) pl.Add(p);
        }, ct).ConfigureAwait(false);
        var brud = new List<Kontraktbrud>();
        var rene = Noegler.Rens(pl, p => p.Aar, "rap_pl_indeks", "indeks", brud);
        kontrol.MedBrud(brud);
        return (rene, kontrol);
    }

    /// <summary>Findings that are the same for every kommune: rap_kommune's rows, and rows of no or an unknown kommune per view.</summary>
    private static async Task<IReadOnlyList<Kontraktbrud>> NationaleBrudAsync(DbConnection db, Raekkekontrol kommuneKontrol, CancellationToken ct)
    {
        var brud = kommuneKontrol.Fund().ToList();
        foreach (var view in ViewSql.KommuneViews)
        {
            var perKode = new SortedDictionary<int, int>();
            var udenGyldigKode = 0;
            await LaesRaekkerAsync(db, view, ViewSql.UkendteKommuner(view), null, r =>
            {
                var antal = Celle.Heltal(r, 1, 0, long.MaxValue, out var n) is null ? (int)n : 0;
                // A code that is not a kommune code is never printed: it could be anything, a CPR number too.
                if (Celle.Heltal(r, 0, ViewKontrakt.MinKommuneKode, ViewKontrakt.MaxKommuneKode, out var kode) is null)
                    perKode[(int)kode] = perKode.GetValueOrDefault((int)kode) + antal;
                else udenGyldigKode += antal;
            }, ct).ConfigureAwait(false);
            if (udenGyldigKode > 0)
                brud.Add(new Kontraktbrud(view, Kontraktregler.UkendtKommune, "kommune_kode", udenGyldigKode, Behandling.IkkeMedregnet));
            foreach (var (kode, antal) in perKode)
                brud.Add(new Kontraktbrud(view, Kontraktregler.UkendtKommune, "kommune_kode", antal, Behandling.IkkeMedregnet, kode));
        }
        return brud;
    }

    /// <summary>Runs one query and hands each row to <paramref name="raekke"/>. A database error names the view (and a missing column), never a value.</summary>
    private static async Task LaesRaekkerAsync(DbConnection db, string view, string sql, int? kode, Action<Raekke> raekke, CancellationToken ct)
    {
        try
        {
            await using var f = await Forespoergsel.AabnAsync(db, view, sql, kode, ct).ConfigureAwait(false);
            while (await f.NaesteAsync(ct).ConfigureAwait(false)) raekke(f.Raekke);
        }
        catch (DbException e)
        {
            throw await ViewFejl.ForAsync(db, view, e, ct).ConfigureAwait(false);
        }
    }

    private async Task<DbConnection> AabnAsync(CancellationToken ct)
    {
        var db = await _provider.AabnAsync(_connectionString, ct).ConfigureAwait(false);
        try
        {
            if (!_viewsTjekket)
            {
                await TjekViewsAsync(db, ct).ConfigureAwait(false);
                _viewsTjekket = true;
            }
            return db;
        }
        catch
        {
            await db.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Names the first missing view, then the first missing column, so the user knows what the warehouse lacks.</summary>
    private async Task TjekViewsAsync(DbConnection db, CancellationToken ct)
    {
        var findes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        try
        {
            await using var cmd = db.CreateCommand();
            cmd.CommandText = _provider.KatalogSql;
            await using var r = await cmd.ExecuteReaderAsync(ct).ConfigureAwait(false);
            while (await r.ReadAsync(ct).ConfigureAwait(false)) if (!r.IsDBNull(0)) findes.Add(r.GetString(0));
        }
        catch (DbException e)
        {
            throw new DataKildeFejl($"kan ikke læse databasens katalog ({_provider.Provider.Ord()}): {e.Message}", e);
        }
        var mangler = ViewSql.Views.FirstOrDefault(v => !findes.Contains(v));
        if (mangler is not null) throw new DataKildeFejl($"databasen mangler viewet {mangler}");
        foreach (var view in ViewSql.Views)
            if (await ViewFejl.ManglendeKolonneAsync(db, view, ct).ConfigureAwait(false) is { } kolonne)
                throw new DataKildeFejl($"viewet {view} mangler kolonnen {kolonne}");
    }
}
