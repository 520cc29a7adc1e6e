# Stegvis developer commands. `make run` and `make test` work on a fresh clone.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test bench demo clean translations translations-update package package-test screenshots

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## Open the app on a fresh copy of the bundled demo project.
run: $(STAMP) translations
	$(BIN)/stegvis --demo

## Run the whole test suite (offscreen, no display needed).
test: $(STAMP) translations
	QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(BIN)/python -m pytest -q

## Speed figures on a PhD-sized project (60 transcripts, 2,000 codes, 30,000 codings) as one
## JSON object, with targets and met (benchmarks/README.md; 1–2 minutes). The detailed
## benchmarks run on their own: $(BIN)/python benchmarks/bench_{coding,import_edit,grouping}.py
bench: $(STAMP)
	@QT_QPA_PLATFORM=$${QT_QPA_PLATFORM:-offscreen} $(BIN)/python benchmarks/run.py

## The README's screenshots (docs/screenshots/*.png) from the demo, in both languages, offscreen.
screenshots: $(STAMP) translations
	$(BIN)/python docs/make_screenshots.py

## The interface's translations (resources/i18n/README.md): .qm files built from the .ts files.
I18N := resources/i18n
QM := $(patsubst %.ts,%.qm,$(wildcard $(I18N)/*.ts))
LUPDATE := $(BIN)/pyside6-lupdate -extensions py -no-obsolete -locations none -silent
translations: $(QM)

$(I18N)/%.qm: $(I18N)/%.ts | $(STAMP)
	$(BIN)/pyside6-lrelease -silent $< -qm $@

## After adding or changing a string: collect every tr()/translate() string of workbench/ into
## stegvis_nb.ts and stegvis_en.ts (English filled from the source), list what is left to translate.
translations-update: | $(STAMP)
	$(LUPDATE) workbench -source-language en -target-language nb_NO -ts $(I18N)/stegvis_nb.ts
	$(LUPDATE) workbench -source-language en -target-language en -ts $(I18N)/stegvis_en.ts
	$(BIN)/python $(I18N)/ts_tool.py fill-en $(I18N)/stegvis_en.ts
	$(LUPDATE) workbench -ts $(I18N)/stegvis_en.ts
	@$(BIN)/python $(I18N)/ts_tool.py todo $(I18N)/stegvis_nb.ts || \
	  echo "Translate these in $(I18N)/stegvis_nb.ts (or: $(BIN)/pyside6-linguist $(I18N)/stegvis_nb.ts), then make translations."
	@$(MAKE) --no-print-directory translations

clean:
	rm -rf $(VENV) build dist *.egg-info
	rm -f $(I18N)/*.qm

## The desktop program as one folder, dist/stegvis/ (packaging/README.md): PyInstaller from the
## "package" extra, with the translations. Takes a minute or two; not part of make test.
PACKAGE_STAMP := $(VENV)/.installed-package
$(PACKAGE_STAMP): $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[package]'
	touch $(PACKAGE_STAMP)

package: $(PACKAGE_STAMP) translations
	$(BIN)/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller \
	  packaging/stegvis.spec
	@du -sh dist/stegvis

## Run the built program (make package first): --version, the demo offscreen for a few
## seconds, and the scripting commands on every file format (packaging/smoke_test.py).
package-test: | $(STAMP)
	@test -x dist/stegvis/stegvis || { echo "No dist/stegvis/stegvis: run make package first." >&2; exit 1; }
	$(BIN)/python packaging/smoke_test.py dist/stegvis/stegvis
