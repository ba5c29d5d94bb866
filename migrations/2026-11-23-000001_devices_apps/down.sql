DROP TABLE app_relationships;
DROP TABLE device_apps;
DROP TABLE apps;
DROP TABLE app_categories;
DROP TABLE device_relationships;
DROP TABLE devices;
