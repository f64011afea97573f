// The content module's public surface for other modules: the privacy notice's data categories (/me/privacy
// shows each category's purpose and retention from the same text the notice uses).
export { DATA_CATEGORIES, type DataCategory } from "./legal";
