// Assembly stub: lets gc accept the bodiless function declared in main.go.
