// office-addin-manifest is an ES module that Jest cannot load; office-addin-mock only needs this enum.
module.exports = { OfficeApp: { Excel: "excel", Word: "word", PowerPoint: "powerpoint", Outlook: "outlook", OneNote: "onenote", Project: "project" } };
