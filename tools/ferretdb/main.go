// Command ferretdb runs FerretDB v1.24.2 (embedded as a Go library) with its
// SQLite backend: a real MongoDB wire-protocol server for the project's tests.
//
// Usage:
//
//	ferretdb -listen 127.0.0.1:27017 -dir /tmp/ferret-data
//
// It listens on a loopback address only, prints one line
// "ready mongodb://127.0.0.1:PORT/" to stdout once it accepts connections,
// logs FerretDB's own messages at warn level and above to stderr, and exits
// cleanly (status 0) on SIGTERM or SIGINT. Port 0 picks a free port; the
// ready line carries the port actually used.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"strings"
	"syscall"

	"github.com/FerretDB/FerretDB/ferretdb"
)

func main() {
	listen := flag.String("listen", "127.0.0.1:27017", "loopback `host:port` to listen on (port 0 picks a free one)")
	dir := flag.String("dir", "", "SQLite data `directory` (created if missing; required)")
	logLevel := flag.String("log-level", "warn", "FerretDB log level: debug, info, warn or error")
	flag.Parse()

	if err := run(*listen, *dir, *logLevel); err != nil {
		fmt.Fprintln(os.Stderr, "ferretdb:", err)
		os.Exit(1)
	}
}

func run(listen, dir, logLevel string) error {
	if flag.NArg() > 0 {
		return fmt.Errorf("unexpected arguments: %q", flag.Args())
	}

	addr, err := loopbackAddr(listen)
	if err != nil {
		return err
	}

	if dir == "" {
		return errors.New("-dir is required")
	}

	abs, err := filepath.Abs(dir)
	if err != nil {
		return fmt.Errorf("-dir: %w", err)
	}

	if err = os.MkdirAll(abs, 0o700); err != nil {
		return fmt.Errorf("-dir: %w", err)
	}

	var level slog.Level
	if err = level.UnmarshalText([]byte(logLevel)); err != nil {
		return fmt.Errorf("-log-level: %w", err)
	}

	logger := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: level}))

	// "file:/abs/dir/" with the path percent-escaped, as SQLite URIs want.
	sqliteURL := "file:" + (&url.URL{Path: strings.TrimSuffix(abs, "/") + "/"}).EscapedPath()

	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGTERM, syscall.SIGINT)
	defer stop()

	// New opens the SQLite backend and binds the listener.
	f, err := ferretdb.New(&ferretdb.Config{
		Listener:  ferretdb.ListenerConfig{TCP: addr},
		Logger:    logger,
		Handler:   "sqlite",
		SQLiteURL: sqliteURL,
	})
	if err != nil {
		return err
	}

	done := make(chan error, 1)
	go func() { done <- f.Run(ctx) }()

	// The listener is bound once New returns; MongoDBURI reports the actual port.
	if _, err = fmt.Fprintln(os.Stdout, "ready", f.MongoDBURI()); err != nil {
		stop()
		<-done

		return err
	}

	return <-done
}

// loopbackAddr validates that listen is host:port with a loopback host
// (an IP in 127.0.0.0/8, ::1, or "localhost") and returns it normalized.
func loopbackAddr(listen string) (string, error) {
	host, port, err := net.SplitHostPort(listen)
	if err != nil {
		return "", fmt.Errorf("-listen %q: %w", listen, err)
	}

	if host == "localhost" {
		host = "127.0.0.1"
	}

	ip := net.ParseIP(host)
	if ip == nil || !ip.IsLoopback() {
		return "", fmt.Errorf("-listen %q: refusing a non-loopback address (use 127.0.0.1:PORT)", listen)
	}

	return net.JoinHostPort(ip.String(), port), nil
}
